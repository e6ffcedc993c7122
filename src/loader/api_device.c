/* SPDX-License-Identifier: MIT */
/* urDevice* entry points. Root devices belong to their platform and are not reference counted:
 * Retain/Release check the handle and change nothing, as upstream specifies. */
#include "core/core.h"

#include <time.h>

static bool type_matches(ur_device_type_t want, ur_device_type_t have)
{
    return want == UR_DEVICE_TYPE_ALL || want == UR_DEVICE_TYPE_DEFAULT || want == have;
}

UR_APIEXPORT ur_result_t UR_APICALL urDeviceGet(ur_platform_handle_t hPlatform,
                                                ur_device_type_t DeviceType, uint32_t NumEntries,
                                                ur_device_handle_t *phDevices,
                                                uint32_t *pNumDevices)
{
    UP_CHECK_INIT();
    if (NumEntries > 0 && phDevices == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hPlatform == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)DeviceType > UR_DEVICE_TYPE_CUSTOM || (uint32_t)DeviceType == 0)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (NumEntries == 0 && phDevices != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hPlatform, UP_KIND_PLATFORM))
        return UR_RESULT_ERROR_INVALID_PLATFORM;
    uint32_t n = 0;
    for (uint32_t i = 0; i < hPlatform->num_devices; i++) {
        ur_device_handle_t d = hPlatform->devices[i];
        if (!type_matches(DeviceType, d->props.type))
            continue;
        if (phDevices != NULL && n < NumEntries)
            phDevices[n] = d;
        n++;
    }
    if (pNumDevices != NULL)
        *pNumDevices = n;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urDeviceGetInfo(ur_device_handle_t hDevice,
                                                    ur_device_info_t propName, size_t propSize,
                                                    void *pPropValue, size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    ur_result_t res = up_info_check_ptrs(propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hDevice == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_DEVICE_INFO_ENQUEUE_HOST_TASK_SUPPORT_EXP)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hDevice, UP_KIND_DEVICE))
        return UR_RESULT_ERROR_INVALID_DEVICE;
    return up_device_get_info(hDevice, propName, propSize, pPropValue, pPropSizeRet);
}

static ur_result_t check_device(ur_device_handle_t h)
{
    if (h == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(h, UP_KIND_DEVICE))
        return UR_RESULT_ERROR_INVALID_DEVICE;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urDeviceRetain(ur_device_handle_t hDevice)
{
    UP_CHECK_INIT();
    return check_device(hDevice);
}

UR_APIEXPORT ur_result_t UR_APICALL urDeviceRelease(ur_device_handle_t hDevice)
{
    UP_CHECK_INIT();
    return check_device(hDevice);
}

UR_APIEXPORT ur_result_t UR_APICALL urDeviceGetNativeHandle(ur_device_handle_t hDevice,
                                                            ur_native_handle_t *phNativeDevice)
{
    UP_CHECK_INIT();
    if (phNativeDevice == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    ur_result_t res = check_device(hDevice);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (!hDevice->props.has_native)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    *phNativeDevice = hDevice->props.native;
    return UR_RESULT_SUCCESS;
}

/* Native device handles map back to the device objects discovery made (urpeer makes no device
 * objects for native handles it did not discover). */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceCreateWithNativeHandle(
    ur_native_handle_t hNativeDevice, ur_adapter_handle_t hAdapter,
    const ur_device_native_properties_t *pProperties, ur_device_handle_t *phDevice)
{
    (void)pProperties; /* ownership does not matter: urpeer never destroys driver devices */
    UP_CHECK_INIT();
    if (phDevice == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hAdapter == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(hAdapter, UP_KIND_ADAPTER))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    for (uint32_t p = 0; p < hAdapter->num_platforms; p++) {
        ur_platform_handle_t plat = hAdapter->platforms[p];
        for (uint32_t i = 0; i < plat->num_devices; i++) {
            ur_device_handle_t d = plat->devices[i];
            if (d->props.has_native && d->props.native == hNativeDevice) {
                *phDevice = d;
                return UR_RESULT_SUCCESS;
            }
        }
    }
    return UR_RESULT_ERROR_INVALID_OPERATION; /* not a device of this adapter */
}

/* urpeer's devices are root devices that cannot be partitioned (SUPPORTED_PARTITIONS is empty). */
UR_APIEXPORT ur_result_t UR_APICALL
urDevicePartition(ur_device_handle_t hDevice, const ur_device_partition_properties_t *pProperties,
                  uint32_t NumDevices, ur_device_handle_t *phSubDevices, uint32_t *pNumDevicesRet)
{
    (void)NumDevices;
    (void)phSubDevices;
    (void)pNumDevicesRet;
    UP_CHECK_INIT();
    if (pProperties == NULL || pProperties->pProperties == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    ur_result_t res = check_device(hDevice);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
}

/* The binary target each backend's devices run, best first. */
static const char *const *binary_targets(ur_backend_t backend)
{
    static const char *const cuda[] = {UR_DEVICE_BINARY_TARGET_NVPTX64, NULL};
    static const char *const hip[] = {UR_DEVICE_BINARY_TARGET_AMDGCN, NULL};
    static const char *const level_zero[] = {UR_DEVICE_BINARY_TARGET_SPIRV64_GEN,
                                             UR_DEVICE_BINARY_TARGET_SPIRV64, NULL};
    /* The simulated node runs no device code; it takes the generic intermediate form. */
    static const char *const generic[] = {UR_DEVICE_BINARY_TARGET_SPIRV64, NULL};

    switch (backend) {
    case UR_BACKEND_CUDA:
        return cuda;
    case UR_BACKEND_HIP:
        return hip;
    case UR_BACKEND_LEVEL_ZERO:
        return level_zero;
    default:
        return generic;
    }
}

UR_APIEXPORT ur_result_t UR_APICALL urDeviceSelectBinary(ur_device_handle_t hDevice,
                                                         const ur_device_binary_t *pBinaries,
                                                         uint32_t NumBinaries,
                                                         uint32_t *pSelectedBinary)
{
    UP_CHECK_INIT();
    if (pBinaries == NULL || pSelectedBinary == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    ur_result_t res = check_device(hDevice);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (NumBinaries == 0)
        return UR_RESULT_ERROR_INVALID_SIZE;
    for (const char *const *t = binary_targets(hDevice->platform->adapter->desc->backend); *t;
         t++) {
        for (uint32_t i = 0; i < NumBinaries; i++) {
            if (pBinaries[i].pDeviceTargetSpec != NULL &&
                strcmp(pBinaries[i].pDeviceTargetSpec, *t) == 0) {
                *pSelectedBinary = i;
                return UR_RESULT_SUCCESS;
            }
        }
    }
    return UR_RESULT_ERROR_INVALID_BINARY;
}

/* The host time is CLOCK_MONOTONIC, as upstream's adapters give it (std::chrono::steady_clock);
 * the device time comes from the adapter, on the clock of its profiling timestamps. */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceGetGlobalTimestamps(ur_device_handle_t hDevice,
                                                                uint64_t *pDeviceTimestamp,
                                                                uint64_t *pHostTimestamp)
{
    UP_CHECK_INIT();
    ur_result_t res = check_device(hDevice);
    if (res != UR_RESULT_SUCCESS)
        return res;
    uint64_t device_ns = 0;
    if (pDeviceTimestamp != NULL) {
        if (hDevice->obj.ops->device_timestamp == NULL)
            return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
        res = hDevice->obj.ops->device_timestamp(hDevice, &device_ns);
        if (res != UR_RESULT_SUCCESS)
            return res;
    }
    if (pHostTimestamp != NULL) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        *pHostTimestamp = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    }
    if (pDeviceTimestamp != NULL)
        *pDeviceTimestamp = device_ns;
    return UR_RESULT_SUCCESS;
}
