/* SPDX-License-Identifier: MIT */
/* urMem* entry points for memory buffers: argument checks in upstream's order, then the core's
 * buffer objects (core/mem.c). A buffer holds a reference on its context, a sub-buffer one on
 * its parent. Images are not supported (their entry points are the generated stubs). */
#include "core/mem.h"

#define ACCESS_FLAGS (UR_MEM_FLAG_READ_WRITE | UR_MEM_FLAG_WRITE_ONLY | UR_MEM_FLAG_READ_ONLY)
#define HOST_FLAGS                                                                                 \
    (UR_MEM_FLAG_USE_HOST_POINTER | UR_MEM_FLAG_ALLOC_HOST_POINTER |                               \
     UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER)

static bool one_bit_at_most(ur_mem_flags_t f)
{
    return (f & (f - 1)) == 0;
}

UR_APIEXPORT ur_result_t UR_APICALL urMemBufferCreate(ur_context_handle_t hContext,
                                                      ur_mem_flags_t flags, size_t size,
                                                      const ur_buffer_properties_t *pProperties,
                                                      ur_mem_handle_t *phBuffer)
{
    UP_CHECK_INIT();
    if (phBuffer == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (flags & UR_MEM_FLAGS_MASK)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (size == 0)
        return UR_RESULT_ERROR_INVALID_BUFFER_SIZE;
    void *host = pProperties ? pProperties->pHost : NULL;
    bool wants_host =
        (flags & (UR_MEM_FLAG_USE_HOST_POINTER | UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER)) != 0;
    if (wants_host != (host != NULL))
        return UR_RESULT_ERROR_INVALID_HOST_PTR;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    /* One access mode at most; the application's memory is used or copied, not both, and not
     * with a fresh host allocation besides. */
    if (!one_bit_at_most(flags & ACCESS_FLAGS))
        return UR_RESULT_ERROR_INVALID_VALUE;
    if ((flags & UR_MEM_FLAG_USE_HOST_POINTER) &&
        (flags & (UR_MEM_FLAG_ALLOC_HOST_POINTER | UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER)))
        return UR_RESULT_ERROR_INVALID_VALUE;
    for (uint32_t i = 0; i < hContext->num_devices; i++)
        if (size > hContext->devices[i]->props.max_mem_alloc_size)
            return UR_RESULT_ERROR_INVALID_BUFFER_SIZE;
    return up_mem_buffer_create(hContext, flags, size, host, pProperties, phBuffer);
}

UR_APIEXPORT ur_result_t UR_APICALL urMemRetain(ur_mem_handle_t hMem)
{
    UP_CHECK_INIT();
    if (hMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_mem_is(hMem))
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT;
    up_obj_retain(&hMem->obj);
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urMemRelease(ur_mem_handle_t hMem)
{
    UP_CHECK_INIT();
    if (hMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_mem_is(hMem))
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT;
    if (up_obj_release(&hMem->obj))
        up_mem_release_final(hMem);
    return UR_RESULT_SUCCESS;
}

/* A sub-buffer's access must be allowed by its parent's; no host-pointer flags. */
static ur_result_t check_sub_flags(ur_mem_flags_t parent, ur_mem_flags_t *flags)
{
    if (*flags & HOST_FLAGS)
        return UR_RESULT_ERROR_INVALID_VALUE;
    if (!one_bit_at_most(*flags & ACCESS_FLAGS))
        return UR_RESULT_ERROR_INVALID_VALUE;
    ur_mem_flags_t pa = parent & ACCESS_FLAGS, sa = *flags & ACCESS_FLAGS;
    if (pa == 0)
        pa = UR_MEM_FLAG_READ_WRITE;
    if (sa == 0) {
        *flags |= pa; /* inherits the parent's access */
        return UR_RESULT_SUCCESS;
    }
    if (pa == UR_MEM_FLAG_READ_ONLY && sa != UR_MEM_FLAG_READ_ONLY)
        return UR_RESULT_ERROR_INVALID_VALUE;
    if (pa == UR_MEM_FLAG_WRITE_ONLY && sa != UR_MEM_FLAG_WRITE_ONLY)
        return UR_RESULT_ERROR_INVALID_VALUE;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urMemBufferPartition(ur_mem_handle_t hBuffer,
                                                         ur_mem_flags_t flags,
                                                         ur_buffer_create_type_t bufferCreateType,
                                                         const ur_buffer_region_t *pRegion,
                                                         ur_mem_handle_t *phMem)
{
    UP_CHECK_INIT();
    if (pRegion == NULL || phMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hBuffer == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (flags & UR_MEM_FLAGS_MASK)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if ((uint32_t)bufferCreateType > UR_BUFFER_CREATE_TYPE_REGION)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (pRegion->size == 0)
        return UR_RESULT_ERROR_INVALID_BUFFER_SIZE;
    if (!up_mem_is(hBuffer) || hBuffer->parent != NULL)
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT; /* sub-buffers are not partitioned again */
    if (pRegion->origin > hBuffer->size || pRegion->size > hBuffer->size - pRegion->origin)
        return UR_RESULT_ERROR_INVALID_BUFFER_SIZE;
    ur_result_t res = check_sub_flags(hBuffer->flags, &flags);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return up_mem_sub_buffer_create(hBuffer, flags, pRegion->origin, pRegion->size, phMem);
}

UR_APIEXPORT ur_result_t UR_APICALL urMemGetInfo(ur_mem_handle_t hMemory, ur_mem_info_t propName,
                                                 size_t propSize, void *pPropValue,
                                                 size_t *pPropSizeRet)
{
    UP_CHECK_INIT();
    ur_result_t res = up_info_check_ptrs(propSize, pPropValue, pPropSizeRet);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (hMemory == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if ((uint32_t)propName > UR_MEM_INFO_REFERENCE_COUNT)
        return UR_RESULT_ERROR_INVALID_ENUMERATION;
    if (propSize == 0 && pPropValue != NULL)
        return UR_RESULT_ERROR_INVALID_SIZE;
    if (!up_mem_is(hMemory))
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT;
    switch (propName) {
    case UR_MEM_INFO_SIZE:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hMemory->size,
                              sizeof(hMemory->size));
    case UR_MEM_INFO_CONTEXT:
        return up_info_return(propSize, pPropValue, pPropSizeRet, &hMemory->context,
                              sizeof(hMemory->context));
    default: {
        uint32_t rc = up_obj_refcount(&hMemory->obj);
        return up_info_return(propSize, pPropValue, pPropSizeRet, &rc, sizeof(rc));
    }
    }
}

UR_APIEXPORT ur_result_t UR_APICALL urMemGetNativeHandle(ur_mem_handle_t hMem,
                                                         ur_device_handle_t hDevice,
                                                         ur_native_handle_t *phNativeMem)
{
    UP_CHECK_INIT();
    if (phNativeMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_mem_is(hMem))
        return UR_RESULT_ERROR_INVALID_MEM_OBJECT;
    if (hDevice != NULL) {
        if (!up_obj_is(hDevice, UP_KIND_DEVICE) || !up_context_has_device(hMem->context, hDevice))
            return UR_RESULT_ERROR_INVALID_DEVICE;
    }
    /* The memory's address (a device pointer, as the native APIs know it), whichever device. */
    *phNativeMem = (ur_native_handle_t)hMem->base;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urMemBufferCreateWithNativeHandle(
    ur_native_handle_t hNativeMem, ur_context_handle_t hContext,
    const ur_mem_native_properties_t *pProperties, ur_mem_handle_t *phMem)
{
    UP_CHECK_INIT();
    if (phMem == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (hContext == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (!up_obj_is(hContext, UP_KIND_CONTEXT))
        return UR_RESULT_ERROR_INVALID_CONTEXT;
    /* Ownership is never taken: the memory stays its allocator's (isNativeHandleOwned is read
     * as false), so releasing the buffer frees nothing. */
    (void)pProperties;
    return up_mem_wrap_native(hContext, (void *)hNativeMem, phMem);
}
