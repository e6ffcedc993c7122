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
#define FZ_EMPTY(api, Object, object)                                                              \
    FZ_TABLE(api##Get##Object##ProcAddrTable, api##_##object##_dditable_t, (void)t;)

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
FZ_EMPTY(ze, CommandQueue, command_queue) FZ_EMPTY(ze, DeviceExp, device_exp)
FZ_EMPTY(ze, Image, image) FZ_EMPTY(ze, ImageExp, image_exp) FZ_EMPTY(ze, Fence, fence)
FZ_EMPTY(ze, EventExp, event_exp) FZ_EMPTY(ze, Module, module)
FZ_EMPTY(ze, ModuleBuildLog, module_build_log) FZ_EMPTY(ze, Kernel, kernel)
FZ_EMPTY(ze, KernelExp, kernel_exp) FZ_EMPTY(ze, Sampler, sampler)
FZ_EMPTY(ze, PhysicalMem, physical_mem) FZ_EMPTY(ze, VirtualMem, virtual_mem)
FZ_EMPTY(ze, FabricVertexExp, fabric_vertex_exp) FZ_EMPTY(ze, FabricEdgeExp, fabric_edge_exp)
FZ_EMPTY(zet, Device, device) FZ_EMPTY(zet, Context, context)
FZ_EMPTY(zet, CommandList, command_list) FZ_EMPTY(zet, Module, module)
FZ_EMPTY(zet, Kernel, kernel) FZ_EMPTY(zet, MetricGroup, metric_group)
FZ_EMPTY(zet, MetricGroupExp, metric_group_exp) FZ_EMPTY(zet, Metric, metric)
FZ_EMPTY(zet, MetricStreamer, metric_streamer) FZ_EMPTY(zet, MetricQueryPool, metric_query_pool)
FZ_EMPTY(zet, MetricQuery, metric_query) FZ_EMPTY(zet, TracerExp, tracer_exp)
FZ_EMPTY(zet, Debug, debug) FZ_EMPTY(zes, Driver, driver) FZ_EMPTY(zes, Device, device)
FZ_EMPTY(zes, Scheduler, scheduler) FZ_EMPTY(zes, PerformanceFactor, performance_factor)
FZ_EMPTY(zes, Power, power) FZ_EMPTY(zes, Frequency, frequency) FZ_EMPTY(zes, Engine, engine)
FZ_EMPTY(zes, Standby, standby) FZ_EMPTY(zes, Firmware, firmware) FZ_EMPTY(zes, Memory, memory)
FZ_EMPTY(zes, FabricPort, fabric_port) FZ_EMPTY(zes, Temperature, temperature)
FZ_EMPTY(zes, Psu, psu) FZ_EMPTY(zes, Fan, fan) FZ_EMPTY(zes, Led, led) FZ_EMPTY(zes, Ras, ras)
FZ_EMPTY(zes, Diagnostics, diagnostics)
    /* clang-format on */
