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
    fg_configure();
    if (table == NULL)
        return ZE_RESULT_ERROR_INVALID_NULL_POINTER;
    if (ZE_MAJOR_VERSION(version) != 1)
        return ZE_RESULT_ERROR_UNSUPPORTED_VERSION;
    return ZE_RESULT_SUCCESS;
}

/* FZ_TABLE(getter, table type, assignments): a table the fake fills. */
#define FZ_TABLE(getter, type, ...)                                                                \
    ZE_DLLEXPORT ze_result_t ZE_APICALL getter(ze_api_version_t version, type *t)                  \
    {                                                                                              \
        ze_result_t r = check(version, t);                                                         \
        if (r == ZE_RESULT_SUCCESS) {                                                              \
            __VA_ARGS__                                                                            \
        }                                                                                          \
        return r;                                                                                  \
    }
/* Objects the fake does not have (and the tools and sysman tables the loader asks every driver
 * for): empty tables. */
#define FZ_EMPTY_TABLE(getter, type) FZ_TABLE(getter, type, (void)t;)

/* clang-format off */
FZ_TABLE(zeGetGlobalProcAddrTable, ze_global_dditable_t,
    t->pfnInit = zeInit;)
FZ_TABLE(zeGetDriverProcAddrTable, ze_driver_dditable_t,
    t->pfnGet = zeDriverGet;
    t->pfnGetApiVersion = zeDriverGetApiVersion;
    t->pfnGetProperties = zeDriverGetProperties;)
FZ_TABLE(zeGetDeviceProcAddrTable, ze_device_dditable_t,
    t->pfnGet = zeDeviceGet;
    t->pfnGetProperties = zeDeviceGetProperties;
    t->pfnGetComputeProperties = zeDeviceGetComputeProperties;
    t->pfnGetMemoryProperties = zeDeviceGetMemoryProperties;
    t->pfnGetMemoryAccessProperties = zeDeviceGetMemoryAccessProperties;
    t->pfnGetCommandQueueGroupProperties = zeDeviceGetCommandQueueGroupProperties;
    t->pfnGetP2PProperties = zeDeviceGetP2PProperties;
    t->pfnCanAccessPeer = zeDeviceCanAccessPeer;
    t->pfnPciGetPropertiesExt = zeDevicePciGetPropertiesExt;)
FZ_TABLE(zeGetContextProcAddrTable, ze_context_dditable_t,
    t->pfnCreate = zeContextCreate;
    t->pfnDestroy = zeContextDestroy;)
FZ_TABLE(zeGetCommandListProcAddrTable, ze_command_list_dditable_t,
    t->pfnCreateImmediate = zeCommandListCreateImmediate;
    t->pfnDestroy = zeCommandListDestroy;
    t->pfnAppendBarrier = zeCommandListAppendBarrier;
    t->pfnAppendMemoryCopy = zeCommandListAppendMemoryCopy;
    t->pfnAppendMemoryFill = zeCommandListAppendMemoryFill;)
FZ_TABLE(zeGetEventPoolProcAddrTable, ze_event_pool_dditable_t,
    t->pfnCreate = zeEventPoolCreate;
    t->pfnDestroy = zeEventPoolDestroy;)
FZ_TABLE(zeGetEventProcAddrTable, ze_event_dditable_t,
    t->pfnCreate = zeEventCreate;
    t->pfnDestroy = zeEventDestroy;
    t->pfnHostSynchronize = zeEventHostSynchronize;
    t->pfnQueryStatus = zeEventQueryStatus;
    t->pfnHostReset = zeEventHostReset;
    t->pfnQueryKernelTimestamp = zeEventQueryKernelTimestamp;)
FZ_TABLE(zeGetMemProcAddrTable, ze_mem_dditable_t,
    t->pfnAllocDevice = zeMemAllocDevice;
    t->pfnAllocHost = zeMemAllocHost;
    t->pfnFree = zeMemFree;
    t->pfnGetAllocProperties = zeMemGetAllocProperties;
    t->pfnGetAddressRange = zeMemGetAddressRange;)
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
/* clang-format on */
