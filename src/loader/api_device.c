/* SPDX-License-Identifier: MIT */
/* urDevice* entry points. Root devices belong to their platform and are not reference counted:
 * Retain/Release check the handle and change nothing, as upstream specifies. */
#include "core/core.h"

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
