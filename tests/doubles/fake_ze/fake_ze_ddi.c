/* SPDX-License-Identifier: MIT */
/*
 * The driver interface the Level Zero loader asks a driver for (zeGet<Object>ProcAddrTable): each
 * fills the loader's table with the fake's functions. Tables of objects the fake does not have are
 * accepted and left empty.
 */
#include "fake_ze_impl.h"

#include <stddef.h>

static ze_result_t check(ze_api_version_t version, const void *table)
{
    fz_configure();
    if (table == NULL)
        return ZE_RESULT_ERROR_INVALID_NULL_POINTER;
    if (ZE_MAJOR_VERSION(version) != 1)
        return ZE_RESULT_ERROR_UNSUPPORTED_VERSION;
    return ZE_RESULT_SUCCESS;
}

ZE_DLLEXPORT ze_result_t ZE_APICALL zeGetGlobalProcAddrTable(ze_api_version_t version,
                                                             ze_global_dditable_t *t)
{
    ze_result_t r = check(version, t);
    if (r == ZE_RESULT_SUCCESS)
        t->pfnInit = zeInit;
    return r;
}

ZE_DLLEXPORT ze_result_t ZE_APICALL zeGetDriverProcAddrTable(ze_api_version_t version,
                                                             ze_driver_dditable_t *t)
{
    ze_result_t r = check(version, t);
    if (r == ZE_RESULT_SUCCESS) {
        t->pfnGet = zeDriverGet;
        t->pfnGetApiVersion = zeDriverGetApiVersion;
        t->pfnGetProperties = zeDriverGetProperties;
    }
    return r;
}

ZE_DLLEXPORT ze_result_t ZE_APICALL zeGetDeviceProcAddrTable(ze_api_version_t version,
                                                             ze_device_dditable_t *t)
{
    ze_result_t r = check(version, t);
    if (r == ZE_RESULT_SUCCESS) {
        t->pfnGet = zeDeviceGet;
        t->pfnGetProperties = zeDeviceGetProperties;
        t->pfnGetComputeProperties = zeDeviceGetComputeProperties;
        t->pfnGetMemoryProperties = zeDeviceGetMemoryProperties;
        t->pfnGetMemoryAccessProperties = zeDeviceGetMemoryAccessProperties;
        t->pfnGetCommandQueueGroupProperties = zeDeviceGetCommandQueueGroupProperties;
        t->pfnGetP2PProperties = zeDeviceGetP2PProperties;
        t->pfnCanAccessPeer = zeDeviceCanAccessPeer;
        t->pfnPciGetPropertiesExt = zeDevicePciGetPropertiesExt;
    }
    return r;
}

ZE_DLLEXPORT ze_result_t ZE_APICALL zeGetContextProcAddrTable(ze_api_version_t version,
                                                              ze_context_dditable_t *t)
{
    ze_result_t r = check(version, t);
    if (r == ZE_RESULT_SUCCESS) {
        t->pfnCreate = zeContextCreate;
        t->pfnDestroy = zeContextDestroy;
    }
    return r;
}

ZE_DLLEXPORT ze_result_t ZE_APICALL zeGetCommandListProcAddrTable(ze_api_version_t version,
                                                                  ze_command_list_dditable_t *t)
{
    ze_result_t r = check(version, t);
    if (r == ZE_RESULT_SUCCESS) {
        t->pfnCreateImmediate = zeCommandListCreateImmediate;
        t->pfnDestroy = zeCommandListDestroy;
        t->pfnAppendBarrier = zeCommandListAppendBarrier;
        t->pfnAppendMemoryCopy = zeCommandListAppendMemoryCopy;
        t->pfnAppendMemoryFill = zeCommandListAppendMemoryFill;
    }
    return r;
}

ZE_DLLEXPORT ze_result_t ZE_APICALL zeGetEventPoolProcAddrTable(ze_api_version_t version,
                                                                ze_event_pool_dditable_t *t)
{
    ze_result_t r = check(version, t);
    if (r == ZE_RESULT_SUCCESS) {
        t->pfnCreate = zeEventPoolCreate;
        t->pfnDestroy = zeEventPoolDestroy;
    }
    return r;
}

ZE_DLLEXPORT ze_result_t ZE_APICALL zeGetEventProcAddrTable(ze_api_version_t version,
                                                            ze_event_dditable_t *t)
{
    ze_result_t r = check(version, t);
    if (r == ZE_RESULT_SUCCESS) {
        t->pfnCreate = zeEventCreate;
        t->pfnDestroy = zeEventDestroy;
        t->pfnHostSynchronize = zeEventHostSynchronize;
        t->pfnQueryStatus = zeEventQueryStatus;
        t->pfnHostReset = zeEventHostReset;
        t->pfnQueryKernelTimestamp = zeEventQueryKernelTimestamp;
    }
    return r;
}

ZE_DLLEXPORT ze_result_t ZE_APICALL zeGetMemProcAddrTable(ze_api_version_t version,
                                                          ze_mem_dditable_t *t)
{
    ze_result_t r = check(version, t);
    if (r == ZE_RESULT_SUCCESS) {
        t->pfnAllocDevice = zeMemAllocDevice;
        t->pfnAllocHost = zeMemAllocHost;
        t->pfnFree = zeMemFree;
        t->pfnGetAllocProperties = zeMemGetAllocProperties;
        t->pfnGetAddressRange = zeMemGetAddressRange;
    }
    return r;
}

/* Objects the fake does not have: empty tables. */
#define FZ_EMPTY_TABLE(getter, type)                                                               \
    ZE_DLLEXPORT ze_result_t ZE_APICALL getter(ze_api_version_t version, type *t)                  \
    {                                                                                              \
        return check(version, t);                                                                  \
    }
FZ_EMPTY_TABLE(zeGetCommandQueueProcAddrTable, ze_command_queue_dditable_t)
FZ_EMPTY_TABLE(zeGetDeviceExpProcAddrTable, ze_device_exp_dditable_t)
FZ_EMPTY_TABLE(zeGetImageProcAddrTable, ze_image_dditable_t)
FZ_EMPTY_TABLE(zeGetImageExpProcAddrTable, ze_image_exp_dditable_t)
FZ_EMPTY_TABLE(zeGetFenceProcAddrTable, ze_fence_dditable_t)
FZ_EMPTY_TABLE(zeGetEventExpProcAddrTable, ze_event_exp_dditable_t)
FZ_EMPTY_TABLE(zeGetModuleProcAddrTable, ze_module_dditable_t)
FZ_EMPTY_TABLE(zeGetModuleBuildLogProcAddrTable, ze_module_build_log_dditable_t)
FZ_EMPTY_TABLE(zeGetKernelProcAddrTable, ze_kernel_dditable_t)
FZ_EMPTY_TABLE(zeGetKernelExpProcAddrTable, ze_kernel_exp_dditable_t)
FZ_EMPTY_TABLE(zeGetSamplerProcAddrTable, ze_sampler_dditable_t)
FZ_EMPTY_TABLE(zeGetPhysicalMemProcAddrTable, ze_physical_mem_dditable_t)
FZ_EMPTY_TABLE(zeGetVirtualMemProcAddrTable, ze_virtual_mem_dditable_t)
FZ_EMPTY_TABLE(zeGetFabricVertexExpProcAddrTable, ze_fabric_vertex_exp_dditable_t)
FZ_EMPTY_TABLE(zeGetFabricEdgeExpProcAddrTable, ze_fabric_edge_exp_dditable_t)

/* The loader also asks every driver for its tools (zet) and sysman (zes) tables. */
FZ_EMPTY_TABLE(zetGetDeviceProcAddrTable, zet_device_dditable_t)
FZ_EMPTY_TABLE(zetGetContextProcAddrTable, zet_context_dditable_t)
FZ_EMPTY_TABLE(zetGetCommandListProcAddrTable, zet_command_list_dditable_t)
FZ_EMPTY_TABLE(zetGetModuleProcAddrTable, zet_module_dditable_t)
FZ_EMPTY_TABLE(zetGetKernelProcAddrTable, zet_kernel_dditable_t)
FZ_EMPTY_TABLE(zetGetMetricGroupProcAddrTable, zet_metric_group_dditable_t)
FZ_EMPTY_TABLE(zetGetMetricGroupExpProcAddrTable, zet_metric_group_exp_dditable_t)
FZ_EMPTY_TABLE(zetGetMetricProcAddrTable, zet_metric_dditable_t)
FZ_EMPTY_TABLE(zetGetMetricStreamerProcAddrTable, zet_metric_streamer_dditable_t)
FZ_EMPTY_TABLE(zetGetMetricQueryPoolProcAddrTable, zet_metric_query_pool_dditable_t)
FZ_EMPTY_TABLE(zetGetMetricQueryProcAddrTable, zet_metric_query_dditable_t)
FZ_EMPTY_TABLE(zetGetTracerExpProcAddrTable, zet_tracer_exp_dditable_t)
FZ_EMPTY_TABLE(zetGetDebugProcAddrTable, zet_debug_dditable_t)
FZ_EMPTY_TABLE(zesGetDriverProcAddrTable, zes_driver_dditable_t)
FZ_EMPTY_TABLE(zesGetDeviceProcAddrTable, zes_device_dditable_t)
FZ_EMPTY_TABLE(zesGetSchedulerProcAddrTable, zes_scheduler_dditable_t)
FZ_EMPTY_TABLE(zesGetPerformanceFactorProcAddrTable, zes_performance_factor_dditable_t)
FZ_EMPTY_TABLE(zesGetPowerProcAddrTable, zes_power_dditable_t)
FZ_EMPTY_TABLE(zesGetFrequencyProcAddrTable, zes_frequency_dditable_t)
FZ_EMPTY_TABLE(zesGetEngineProcAddrTable, zes_engine_dditable_t)
FZ_EMPTY_TABLE(zesGetStandbyProcAddrTable, zes_standby_dditable_t)
FZ_EMPTY_TABLE(zesGetFirmwareProcAddrTable, zes_firmware_dditable_t)
FZ_EMPTY_TABLE(zesGetMemoryProcAddrTable, zes_memory_dditable_t)
FZ_EMPTY_TABLE(zesGetFabricPortProcAddrTable, zes_fabric_port_dditable_t)
FZ_EMPTY_TABLE(zesGetTemperatureProcAddrTable, zes_temperature_dditable_t)
FZ_EMPTY_TABLE(zesGetPsuProcAddrTable, zes_psu_dditable_t)
FZ_EMPTY_TABLE(zesGetFanProcAddrTable, zes_fan_dditable_t)
FZ_EMPTY_TABLE(zesGetLedProcAddrTable, zes_led_dditable_t)
FZ_EMPTY_TABLE(zesGetRasProcAddrTable, zes_ras_dditable_t)
FZ_EMPTY_TABLE(zesGetDiagnosticsProcAddrTable, zes_diagnostics_dditable_t)
