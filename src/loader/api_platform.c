/* SPDX-License-Identifier: MIT */
/* urPlatform* entry points. Platforms belong to their adapter and are not reference counted. */
#include "core/core.h"

UR_APIEXPORT ur_result_t UR_APICALL urPlatformGet(ur_adapter_handle_t hAdapter, uint32_t NumEntries,
                                                  ur_platform_handle_t *phPlatforms,
                                                  uint32_t *pNumPlatforms)
{
    UP_CHECK_INIT();
    if (hAdapter == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (NumEntries == 0 && phPlatforms != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (pNumPlatforms == NULL && phPlatforms == NULL)
        return UR_RESULT_ERROR_INVALID_VALUE;
    if (!up_obj_is(hAdapter, UP_KIND_ADAPTER))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    uint32_t n = hAdapter->num_platforms;
    if (phPlatforms != NULL)
        for (uint32_t i = 0; i < n && i < NumEntries; i++)
            phPlatforms[i] = hAdapter->platforms[i];
    if (pNumPlatforms != NULL)
        *pNumPlatforms = n;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urPlatformGetInfo(ur_platform_handle_t hPlatform,
                                                      ur_platform_info_t propName, size_t propSize,
                                                      void *pPropValue, size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    ur_result_t res = up_info_check_ptrs(propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hPlatform == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    /* Values start at 1: 0 is not a value upstream defines either. */
    if ((uint32_t)propName > UR_PLATFORM_INFO_ADAPTER || (uint32_t)propName == 0)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_obj_is(hPlatform, UP_KIND_PLATFORM))
        return UR_RESULT_ERROR_INVALID_PLATFORM;
    switch (propName) {
    case UR_PLATFORM_INFO_NAME:
        return up_info_string(propSize, pPropValue, pPropSizeRet, hPlatform->name);
    case UR_PLATFORM_INFO_VENDOR_NAME:
        return up_info_string(propSize, pPropValue, pPropSizeRet, hPlatform->vendor);
    case UR_PLATFORM_INFO_VERSION:
        return up_info_string(propSize, pPropValue, pPropSizeRet, hPlatform->version);
    case UR_PLATFORM_INFO_EXTENSIONS:
        return up_info_string(propSize, pPropValue, pPropSizeRet, hPlatform->extensions);
    case UR_PLATFORM_INFO_PROFILE:
        return up_info_string(propSize, pPropValue, pPropSizeRet,
                              hPlatform->profile[0] ? hPlatform->profile : "FULL_PROFILE");
    case UR_PLATFORM_INFO_BACKEND: {
        ur_backend_t b = hPlatform->adapter->desc->backend;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &b, sizeof(b));
    }
    case UR_PLATFORM_INFO_ADAPTER: {
        ur_adapter_handle_t a = hPlatform->adapter;
        return up_info_return(propSize, pPropValue, pPropSizeRet, &a, sizeof(a));
    }
    default:
        return UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION;
    }
}

UR_APIEXPORT ur_result_t UR_APICALL urPlatformGetApiVersion(ur_platform_handle_t hPlatform,
                                                            ur_api_version_t *pVersion)
{
    UP_CHECK_INIT();
    if (pVersion == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hPlatform == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(hPlatform, UP_KIND_PLATFORM))
        return UR_RESULT_ERROR_INVALID_PLATFORM;
    *pVersion = UR_API_VERSION_CURRENT;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urPlatformGetNativeHandle(ur_platform_handle_t hPlatform,
                                                              ur_native_handle_t *phNativePlatform)
{
    UP_CHECK_INIT();
    if (phNativePlatform == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hPlatform == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(hPlatform, UP_KIND_PLATFORM))
        return UR_RESULT_ERROR_INVALID_PLATFORM;
    if (!hPlatform->has_native)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    *phNativePlatform = hPlatform->native;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urPlatformCreateWithNativeHandle(
    ur_native_handle_t hNativePlatform, ur_adapter_handle_t hAdapter,
    const ur_platform_native_properties_t *pProperties, ur_platform_handle_t *phPlatform)
{
    (void)pProperties; /* urpeer never destroys driver platforms */
    UP_CHECK_INIT();
    if (phPlatform == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hAdapter == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(hAdapter, UP_KIND_ADAPTER))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    for (uint32_t i = 0; i < hAdapter->num_platforms; i++) {
        ur_platform_handle_t p = hAdapter->platforms[i];
        if (p->has_native && p->native == hNativePlatform) {
            *phPlatform = p;
            return UR_RESULT_SUCCESS;
        }
    }
    return UR_RESULT_ERROR_INVALID_OPERATION; /* not a platform of this adapter */
}

/* A frontend's generic compiler option, in the spelling of the backend's compiler. urpeer builds
 * no programs itself; the answer is for frontends that pass it on. */
struct backend_option {
    const char *frontend;
    const char *backend;
};

static const struct backend_option generic_options[] = {
    {"", ""}, {"-O0", "-O0"}, {"-O1", "-O1"}, {"-O2", "-O2"}, {"-O3", "-O3"}, {NULL, NULL}};
/* NVCC's and HIPCC's device compilers optimise at -O3 whatever the level above 0. */
static const struct backend_option nv_amd_options[] = {
    {"", ""}, {"-O0", "-O0"}, {"-O1", "-O3"}, {"-O2", "-O3"}, {"-O3", "-O3"}, {NULL, NULL}};
/* The Level Zero compiler's own flags. */
static const struct backend_option level_zero_options[] = {{"", ""},
                                                           {"-O0", "-ze-opt-disable"},
                                                           {"-O1", "-ze-opt-level=2"},
                                                           {"-O2", "-ze-opt-level=2"},
                                                           {"-O3", "-ze-opt-level=2"},
                                                           {NULL, NULL}};

UR_APIEXPORT ur_result_t UR_APICALL urPlatformGetBackendOption(ur_platform_handle_t hPlatform,
                                                               const char *pFrontendOption,
                                                               const char **ppPlatformOption)
{
    UP_CHECK_INIT();
    if (pFrontendOption == NULL || ppPlatformOption == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hPlatform == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(hPlatform, UP_KIND_PLATFORM))
        return UR_RESULT_ERROR_INVALID_PLATFORM;
    const struct backend_option *opt;
    switch (hPlatform->adapter->desc->backend) {
    case UR_BACKEND_CUDA:
    case UR_BACKEND_HIP:
        opt = nv_amd_options;
        break;
    case UR_BACKEND_LEVEL_ZERO:
        opt = level_zero_options;
        break;
    default:
        opt = generic_options;
        break;
    }
    for (; opt->frontend != NULL; opt++) {
        if (strcmp(opt->frontend, pFrontendOption) == 0) {
            *ppPlatformOption = opt->backend;
            return UR_RESULT_SUCCESS;
        }
    }
    return UR_RESULT_ERROR_INVALID_VALUE;
}
