/* SPDX-License-Identifier: MIT */
/*
 * ABI of include/ur_api.h against upstream Unified Runtime v0.12:
 *   - every enumerator of tests/data/ur-enums.md has upstream's value (enum_values.inc);
 *   - every enum is 4 bytes, ur_bool_t is 1 byte, handles are pointer-sized;
 *   - the layouts of the subset's structs (sizes and offsets on LP64);
 *   - every line of src/common/api.def matches the prototype in the header (compile time) and its
 *     null-handle check names real parameters.
 * Stands alone: it needs the header only, not the library.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "ur_api.h"

static int checks;
static int failures;

#define CHECK_EQ(what, got, want)                                                                  \
    do {                                                                                           \
        long long got_ = (long long)(got);                                                         \
        long long want_ = (long long)(want);                                                       \
        checks++;                                                                                  \
        if (got_ != want_) {                                                                       \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, what, got_,  \
                    want_);                                                                        \
        }                                                                                          \
    } while (0)

/* ---- enumerator values ---- */

static int enumerators;

static void check_enum_values(void)
{
#define ENUM_VALUE(name, value)                                                                    \
    do {                                                                                           \
        enumerators++;                                                                             \
        CHECK_EQ(#name, name, value);                                                              \
    } while (0);
#include "enum_values.inc"
#undef ENUM_VALUE
}

/* ---- sizes of the types ---- */

#define CHECK_SIZE(type, size) CHECK_EQ("sizeof(" #type ")", sizeof(type), size)
#define CHECK_OFFSET(type, member, off)                                                            \
    CHECK_EQ("offsetof(" #type ", " #member ")", offsetof(type, member), off)

static void check_sizes(void)
{
    /* Every enum of tests/data/ur-enums.md, and the other enums of the subset. */
    CHECK_SIZE(ur_result_t, 4);
    CHECK_SIZE(ur_structure_type_t, 4);
    CHECK_SIZE(ur_device_init_flag_t, 4);
    CHECK_SIZE(ur_backend_t, 4);
    CHECK_SIZE(ur_adapter_info_t, 4);
    CHECK_SIZE(ur_loader_config_info_t, 4);
    CHECK_SIZE(ur_platform_info_t, 4);
    CHECK_SIZE(ur_api_version_t, 4);
    CHECK_SIZE(ur_device_type_t, 4);
    CHECK_SIZE(ur_device_info_t, 4);
    CHECK_SIZE(ur_device_usm_access_capability_flag_t, 4);
    CHECK_SIZE(ur_context_info_t, 4);
    CHECK_SIZE(ur_context_flag_t, 4);
    CHECK_SIZE(ur_usm_type_t, 4);
    CHECK_SIZE(ur_usm_alloc_info_t, 4);
    CHECK_SIZE(ur_usm_advice_flag_t, 4);
    CHECK_SIZE(ur_usm_device_mem_flag_t, 4);
    CHECK_SIZE(ur_usm_host_mem_flag_t, 4);
    CHECK_SIZE(ur_usm_pool_flag_t, 4);
    CHECK_SIZE(ur_queue_flag_t, 4);
    CHECK_SIZE(ur_queue_info_t, 4);
    CHECK_SIZE(ur_event_info_t, 4);
    CHECK_SIZE(ur_event_status_t, 4);
    CHECK_SIZE(ur_profiling_info_t, 4);
    CHECK_SIZE(ur_command_t, 4);
    CHECK_SIZE(ur_exp_peer_info_t, 4);
    CHECK_SIZE(ur_function_t, 4);
    CHECK_SIZE(ur_logger_level_t, 4);

    /* Flags are uint32_t. */
    CHECK_SIZE(ur_device_init_flags_t, 4);
    CHECK_SIZE(ur_device_usm_access_capability_flags_t, 4);
    CHECK_SIZE(ur_context_flags_t, 4);
    CHECK_SIZE(ur_usm_advice_flags_t, 4);
    CHECK_SIZE(ur_usm_device_mem_flags_t, 4);
    CHECK_SIZE(ur_usm_host_mem_flags_t, 4);
    CHECK_SIZE(ur_usm_pool_flags_t, 4);
    CHECK_SIZE(ur_queue_flags_t, 4);

    CHECK_SIZE(ur_bool_t, 1);
    CHECK_SIZE(ur_native_handle_t, sizeof(void *));
    CHECK_SIZE(ur_adapter_handle_t, sizeof(void *));
    CHECK_SIZE(ur_device_handle_t, sizeof(void *));
    CHECK_SIZE(ur_event_handle_t, sizeof(void *));

    /* Structs passed by value. */
    CHECK_SIZE(ur_rect_offset_t, 24);
    CHECK_SIZE(ur_rect_region_t, 24);
    CHECK_OFFSET(ur_rect_offset_t, z, 16);
    CHECK_OFFSET(ur_rect_region_t, depth, 16);

    /* Every desc/properties struct starts with stype, then pNext. */
    CHECK_OFFSET(ur_base_desc_t, stype, 0);
    CHECK_OFFSET(ur_base_properties_t, stype, 0);
    CHECK_OFFSET(ur_usm_desc_t, stype, 0);
    CHECK_OFFSET(ur_queue_properties_t, stype, 0);
    CHECK_OFFSET(ur_context_properties_t, stype, 0);

#if UINTPTR_MAX == 0xffffffffffffffffu
    /* LP64 layouts (x86-64, aarch64), as upstream's. */
    CHECK_SIZE(ur_base_desc_t, 16);
    CHECK_SIZE(ur_base_properties_t, 16);
    CHECK_OFFSET(ur_base_desc_t, pNext, 8);
    CHECK_OFFSET(ur_base_properties_t, pNext, 8);

    CHECK_SIZE(ur_usm_desc_t, 24);
    CHECK_OFFSET(ur_usm_desc_t, pNext, 8);
    CHECK_OFFSET(ur_usm_desc_t, hints, 16);
    CHECK_OFFSET(ur_usm_desc_t, align, 20);

    CHECK_SIZE(ur_queue_properties_t, 24);
    CHECK_OFFSET(ur_queue_properties_t, flags, 16);
    CHECK_SIZE(ur_context_properties_t, 24);
    CHECK_OFFSET(ur_context_properties_t, flags, 16);

    CHECK_SIZE(ur_usm_host_desc_t, 24);
    CHECK_OFFSET(ur_usm_host_desc_t, flags, 16);
    CHECK_SIZE(ur_usm_device_desc_t, 24);
    CHECK_OFFSET(ur_usm_device_desc_t, flags, 16);
    CHECK_SIZE(ur_usm_pool_desc_t, 24);
    CHECK_OFFSET(ur_usm_pool_desc_t, flags, 16);
    CHECK_SIZE(ur_usm_alloc_location_desc_t, 24);
    CHECK_OFFSET(ur_usm_alloc_location_desc_t, location, 16);
    CHECK_SIZE(ur_queue_index_properties_t, 24);
    CHECK_OFFSET(ur_queue_index_properties_t, computeIndex, 16);
    CHECK_SIZE(ur_queue_native_desc_t, 24);
    CHECK_OFFSET(ur_queue_native_desc_t, pNativeData, 16);
    CHECK_SIZE(ur_platform_native_properties_t, 24);
    CHECK_OFFSET(ur_platform_native_properties_t, isNativeHandleOwned, 16);
    CHECK_SIZE(ur_device_native_properties_t, 24);
    CHECK_OFFSET(ur_device_native_properties_t, isNativeHandleOwned, 16);
    CHECK_SIZE(ur_context_native_properties_t, 24);
    CHECK_SIZE(ur_queue_native_properties_t, 24);
    CHECK_SIZE(ur_event_native_properties_t, 24);
    CHECK_SIZE(ur_code_location_t, 24);

    /* The structs of the newest extensions' printers (upstream's v0.12 layouts). */
    CHECK_SIZE(ur_exp_win32_name_t, 24);
    CHECK_OFFSET(ur_exp_win32_name_t, name, 16);
    CHECK_SIZE(ur_exp_image_user_pitch_desc_t, 32);
    CHECK_OFFSET(ur_exp_image_user_pitch_desc_t, rowPitch, 16);
    CHECK_OFFSET(ur_exp_image_user_pitch_desc_t, slicePitch, 24);
    CHECK_SIZE(ur_exp_event_desc_t, 24);
    CHECK_OFFSET(ur_exp_event_desc_t, flags, 16);
    CHECK_SIZE(ur_exp_usm_host_alloc_register_properties_t, 24);
    CHECK_OFFSET(ur_exp_usm_host_alloc_register_properties_t, flags, 16);
#endif
}

/* ---- macros and values the fact sheet names ---- */

static void check_macros(void)
{
    CHECK_EQ("UR_MAKE_VERSION(0, 12)", UR_MAKE_VERSION(0, 12), 12);
    CHECK_EQ("UR_API_VERSION_CURRENT", UR_API_VERSION_CURRENT, 12);
    CHECK_EQ("UR_API_VERSION_0_6", UR_API_VERSION_0_6, 6);
    CHECK_EQ("UR_MAJOR_VERSION(UR_MAKE_VERSION(3, 4))", UR_MAJOR_VERSION(UR_MAKE_VERSION(3, 4)), 3);
    CHECK_EQ("UR_MINOR_VERSION(UR_MAKE_VERSION(3, 4))", UR_MINOR_VERSION(UR_MAKE_VERSION(3, 4)), 4);
    CHECK_EQ("UR_BIT(5)", UR_BIT(5), 32);
    CHECK_EQ("UR_DEVICE_INIT_FLAGS_MASK", UR_DEVICE_INIT_FLAGS_MASK, 0xffffffe0u);
    CHECK_EQ("UR_DEVICE_USM_ACCESS_CAPABILITY_FLAGS_MASK",
             UR_DEVICE_USM_ACCESS_CAPABILITY_FLAGS_MASK, 0xfffffff0u);
    CHECK_EQ("UR_CONTEXT_FLAGS_MASK", UR_CONTEXT_FLAGS_MASK, 0xfffffffeu);
    CHECK_EQ("UR_USM_ADVICE_FLAGS_MASK", UR_USM_ADVICE_FLAGS_MASK, 0xfffe0000u);
    CHECK_EQ("UR_USM_DEVICE_MEM_FLAGS_MASK", UR_USM_DEVICE_MEM_FLAGS_MASK, 0xfffffff8u);
    CHECK_EQ("UR_USM_HOST_MEM_FLAGS_MASK", UR_USM_HOST_MEM_FLAGS_MASK, 0xfffffffeu);
    CHECK_EQ("UR_USM_POOL_FLAGS_MASK", UR_USM_POOL_FLAGS_MASK, 0xfffffff8u);
    CHECK_EQ("UR_QUEUE_FLAGS_MASK", UR_QUEUE_FLAGS_MASK, 0xfffff000u);
    CHECK_EQ("UR_EXP_EVENT_FLAGS_MASK", UR_EXP_EVENT_FLAGS_MASK, 0xfffffffcu);
    CHECK_EQ("UR_EXP_USM_HOST_ALLOC_REGISTER_FLAGS_MASK", UR_EXP_USM_HOST_ALLOC_REGISTER_FLAGS_MASK,
             0xfffffffeu);
    CHECK_EQ("UR_EXP_EVENT_FLAG_ENABLE_PROFILING", UR_EXP_EVENT_FLAG_ENABLE_PROFILING, 1);
    CHECK_EQ("UR_EXP_EVENT_FLAG_IPC_EXP", UR_EXP_EVENT_FLAG_IPC_EXP, 2);
    CHECK_EQ("UR_EXP_USM_HOST_ALLOC_REGISTER_FLAG_READ_ONLY",
             UR_EXP_USM_HOST_ALLOC_REGISTER_FLAG_READ_ONLY, 1);
    CHECK_EQ("UR_DEVICE_IGCA_FEATURE_SET_RENDER", UR_DEVICE_IGCA_FEATURE_SET_RENDER, 0);
    CHECK_EQ("UR_DEVICE_IGCA_FEATURE_SET_COMPUTE", UR_DEVICE_IGCA_FEATURE_SET_COMPUTE, 1);
    CHECK_EQ("UR_RESULT_FORCE_UINT32", UR_RESULT_FORCE_UINT32, 0x7fffffff);
    CHECK_EQ("UR_EXP_PEER_INFO_FORCE_UINT32", UR_EXP_PEER_INFO_FORCE_UINT32, 0x7fffffff);
    CHECK_EQ("UR_DEVICE_INFO_FORCE_UINT32", UR_DEVICE_INFO_FORCE_UINT32, 0x7fffffff);
}

/* ---- src/common/api.def against the prototypes ---- */

/* Compile time: the typed parameter list of every line is the header's prototype. */
#define UR_API(name, subset, params, args, null_check)                                             \
    _Static_assert(_Generic(&name, ur_result_t(*) params : 1, default : 0),                        \
                   #name ": api.def parameters differ from ur_api.h");
#include "common/api.def"
#undef UR_API

/* The null-handle check of every line compiles against the line's parameters. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-parameter"
#define ABI_UNUSED __attribute__((unused))
#else
#define ABI_UNUSED
#endif
#define UR_API(name, subset, params, args, null_check)                                             \
    static ABI_UNUSED int null_check_##name params                                                 \
    {                                                                                              \
        return (int)(null_check);                                                                  \
    }
#include "common/api.def"
#undef UR_API

static void check_api_def(void)
{
    int functions = 0;
    int subset = 0;
#define UR_API(name, in_subset, params, args, null_check)                                          \
    functions++;                                                                                   \
    subset += (in_subset) == 1;
#include "common/api.def"
#undef UR_API
    CHECK_EQ("functions in api.def", functions, 251);
    CHECK_EQ("subset functions in api.def", subset, 45);
}

int main(void)
{
    check_enum_values();
    check_sizes();
    check_macros();
    check_api_def();
    printf("abi: %d enumerators, %d checks, %d failed\n", enumerators, checks, failures);
    return failures ? 1 : 0;
}
