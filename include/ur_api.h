/* SPDX-License-Identifier: MIT */
/**
 * @file ur_api.h
 * @brief The Unified Runtime C API (v0.12), as implemented by urpeer.
 *
 * Names, signatures, enumerator values and struct layouts follow upstream Unified Runtime v0.12
 * (`include/unified-runtime/ur_api.h`, `@version v0.12-r0`), so that code written for upstream
 * compiles against this header and binaries built against upstream's loader run against urpeer's
 * library. `#include <unified-runtime/ur_api.h>` works as well.
 *
 * Differences from upstream's header, none of which change the ABI:
 *   - it includes <stdbool.h> (upstream uses `bool` without it, so C users had to include it);
 *   - the two deprecated enumerators (::UR_RESULT_ERROR_INVALID_KERNEL_ARGS,
 *     ::UR_DEVICE_INFO_BFLOAT16) keep their values but carry no `[[deprecated]]` attribute, which
 *     C11 compilers reject;
 *   - it compiles alone as C11 and as C++11 or later, with -Wall -Wextra -Wpedantic -Werror.
 *
 * @par Error convention
 * Every function returns a ::ur_result_t.
 *   - Argument checks are always made by the library itself, not only in a validation layer:
 *     each function documents its checks under `@returns`, in the order they are made (for the
 *     functions urpeer implements, upstream's validation order: NULL pointers, then NULL handles,
 *     then the remaining conditions; the USM P2P functions follow the peer-access contract, which
 *     checks handles first). The first failing check gives the result.
 *   - Output parameters are written only on success (the size output of a GetInfo query is also
 *     set on ::UR_RESULT_ERROR_INVALID_SIZE, so the two-call pattern works). On failure they are
 *     left untouched.
 *   - Driver failures are mapped to ::ur_result_t values; the native code and a message are kept,
 *     per thread, for ::urAdapterGetLastError.
 *   - Functions outside urpeer's subset are exported so that binaries linked against upstream's
 *     loader resolve; they check their arguments as upstream does (NULL pointers, NULL handles,
 *     enumerations, flags and descriptor members, in upstream's order) and then return
 *     ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 */
#ifndef UR_API_H_INCLUDED
#define UR_API_H_INCLUDED

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__cplusplus)
extern "C" {
#endif

/** @brief Calling convention for all API functions. */
#ifndef UR_APICALL
#if defined(_WIN32)
#define UR_APICALL __cdecl
#else
#define UR_APICALL
#endif
#endif

/** @brief Export attribute of API functions (dllexport / default visibility). */
#ifndef UR_APIEXPORT
#if defined(_WIN32)
#define UR_APIEXPORT __declspec(dllexport)
#elif __GNUC__ >= 4
#define UR_APIEXPORT __attribute__((visibility("default")))
#else
#define UR_APIEXPORT
#endif
#endif

/** @brief Export attribute of the `urGet*ProcAddrTable` functions. */
#ifndef UR_DLLEXPORT
#if defined(_WIN32)
#define UR_DLLEXPORT __declspec(dllexport)
#elif __GNUC__ >= 4
#define UR_DLLEXPORT __attribute__((visibility("default")))
#else
#define UR_DLLEXPORT
#endif
#endif

/** @brief Generates an API version number. */
#ifndef UR_MAKE_VERSION
#define UR_MAKE_VERSION(_major, _minor) ((_major << 16) | (_minor & 0x0000ffff))
#endif
/** @brief Extracts the major version of an API version number. */
#ifndef UR_MAJOR_VERSION
#define UR_MAJOR_VERSION(_ver) (_ver >> 16)
#endif
/** @brief Extracts the minor version of an API version number. */
#ifndef UR_MINOR_VERSION
#define UR_MINOR_VERSION(_ver) (_ver & 0x0000ffff)
#endif
/** @brief Bit mask of bit `_i`, for flag enumerators. */
#ifndef UR_BIT
#define UR_BIT(_i) (1 << _i)
#endif

/** @brief Compiler-independent boolean (1 byte; not `bool`). */
typedef uint8_t ur_bool_t;
/** @brief Handle of a native (backend) object. */
typedef uintptr_t ur_native_handle_t;

/* Handles of API objects: opaque pointers. */
typedef struct ur_loader_config_handle_t_ *ur_loader_config_handle_t;
typedef struct ur_adapter_handle_t_ *ur_adapter_handle_t;
typedef struct ur_platform_handle_t_ *ur_platform_handle_t;
typedef struct ur_device_handle_t_ *ur_device_handle_t;
typedef struct ur_context_handle_t_ *ur_context_handle_t;
typedef struct ur_event_handle_t_ *ur_event_handle_t;
typedef struct ur_program_handle_t_ *ur_program_handle_t;
typedef struct ur_kernel_handle_t_ *ur_kernel_handle_t;
typedef struct ur_queue_handle_t_ *ur_queue_handle_t;
typedef struct ur_sampler_handle_t_ *ur_sampler_handle_t;
typedef struct ur_mem_handle_t_ *ur_mem_handle_t;
typedef struct ur_physical_mem_handle_t_ *ur_physical_mem_handle_t;
typedef struct ur_usm_pool_handle_t_ *ur_usm_pool_handle_t;
typedef struct ur_exp_command_buffer_handle_t_ *ur_exp_command_buffer_handle_t;
typedef struct ur_exp_command_buffer_command_handle_t_ *ur_exp_command_buffer_command_handle_t;
typedef struct ur_exp_graph_handle_t_ *ur_exp_graph_handle_t;
typedef struct ur_exp_executable_graph_handle_t_ *ur_exp_executable_graph_handle_t;
typedef struct ur_exp_external_mem_handle_t_ *ur_exp_external_mem_handle_t;
typedef struct ur_exp_external_semaphore_handle_t_ *ur_exp_external_semaphore_handle_t;
/** @brief Handles of bindless images and image memory (native values). */
typedef uintptr_t ur_exp_image_native_handle_t;
typedef uintptr_t ur_exp_image_mem_native_handle_t;
/** @brief Identifies a command inside a command-buffer. */
typedef uint32_t ur_exp_command_buffer_sync_point_t;

/** @brief Stable identifiers of the API functions (tracing, callbacks). */
typedef enum ur_function_t {
    UR_FUNCTION_CONTEXT_CREATE = 1,
    UR_FUNCTION_CONTEXT_RETAIN = 2,
    UR_FUNCTION_CONTEXT_RELEASE = 3,
    UR_FUNCTION_CONTEXT_GET_INFO = 4,
    UR_FUNCTION_CONTEXT_GET_NATIVE_HANDLE = 5,
    UR_FUNCTION_CONTEXT_CREATE_WITH_NATIVE_HANDLE = 6,
    UR_FUNCTION_CONTEXT_SET_EXTENDED_DELETER = 7,
    UR_FUNCTION_DEVICE_GET = 8,
    UR_FUNCTION_DEVICE_GET_INFO = 9,
    UR_FUNCTION_DEVICE_RETAIN = 10,
    UR_FUNCTION_DEVICE_RELEASE = 11,
    UR_FUNCTION_DEVICE_PARTITION = 12,
    UR_FUNCTION_DEVICE_SELECT_BINARY = 13,
    UR_FUNCTION_DEVICE_GET_NATIVE_HANDLE = 14,
    UR_FUNCTION_DEVICE_CREATE_WITH_NATIVE_HANDLE = 15,
    UR_FUNCTION_DEVICE_GET_GLOBAL_TIMESTAMPS = 16,
    UR_FUNCTION_ENQUEUE_EVENTS_WAIT = 18,
    UR_FUNCTION_ENQUEUE_EVENTS_WAIT_WITH_BARRIER = 19,
    UR_FUNCTION_ENQUEUE_MEM_BUFFER_READ = 20,
    UR_FUNCTION_ENQUEUE_MEM_BUFFER_WRITE = 21,
    UR_FUNCTION_ENQUEUE_MEM_BUFFER_READ_RECT = 22,
    UR_FUNCTION_ENQUEUE_MEM_BUFFER_WRITE_RECT = 23,
    UR_FUNCTION_ENQUEUE_MEM_BUFFER_COPY = 24,
    UR_FUNCTION_ENQUEUE_MEM_BUFFER_COPY_RECT = 25,
    UR_FUNCTION_ENQUEUE_MEM_BUFFER_FILL = 26,
    UR_FUNCTION_ENQUEUE_MEM_IMAGE_READ = 27,
    UR_FUNCTION_ENQUEUE_MEM_IMAGE_WRITE = 28,
    UR_FUNCTION_ENQUEUE_MEM_IMAGE_COPY = 29,
    UR_FUNCTION_ENQUEUE_MEM_BUFFER_MAP = 30,
    UR_FUNCTION_ENQUEUE_MEM_UNMAP = 31,
    UR_FUNCTION_ENQUEUE_USM_FILL = 32,
    UR_FUNCTION_ENQUEUE_USM_MEMCPY = 33,
    UR_FUNCTION_ENQUEUE_USM_PREFETCH = 34,
    UR_FUNCTION_ENQUEUE_USM_ADVISE = 35,
    UR_FUNCTION_ENQUEUE_DEVICE_GLOBAL_VARIABLE_WRITE = 38,
    UR_FUNCTION_ENQUEUE_DEVICE_GLOBAL_VARIABLE_READ = 39,
    UR_FUNCTION_EVENT_GET_INFO = 40,
    UR_FUNCTION_EVENT_GET_PROFILING_INFO = 41,
    UR_FUNCTION_EVENT_WAIT = 42,
    UR_FUNCTION_EVENT_RETAIN = 43,
    UR_FUNCTION_EVENT_RELEASE = 44,
    UR_FUNCTION_EVENT_GET_NATIVE_HANDLE = 45,
    UR_FUNCTION_EVENT_CREATE_WITH_NATIVE_HANDLE = 46,
    UR_FUNCTION_EVENT_SET_CALLBACK = 47,
    UR_FUNCTION_KERNEL_CREATE = 48,
    UR_FUNCTION_KERNEL_GET_INFO = 51,
    UR_FUNCTION_KERNEL_GET_GROUP_INFO = 52,
    UR_FUNCTION_KERNEL_GET_SUB_GROUP_INFO = 53,
    UR_FUNCTION_KERNEL_RETAIN = 54,
    UR_FUNCTION_KERNEL_RELEASE = 55,
    UR_FUNCTION_KERNEL_SET_EXEC_INFO = 57,
    UR_FUNCTION_KERNEL_SET_SPECIALIZATION_CONSTANTS = 60,
    UR_FUNCTION_KERNEL_GET_NATIVE_HANDLE = 61,
    UR_FUNCTION_KERNEL_CREATE_WITH_NATIVE_HANDLE = 62,
    UR_FUNCTION_MEM_IMAGE_CREATE = 63,
    UR_FUNCTION_MEM_BUFFER_CREATE = 64,
    UR_FUNCTION_MEM_RETAIN = 65,
    UR_FUNCTION_MEM_RELEASE = 66,
    UR_FUNCTION_MEM_BUFFER_PARTITION = 67,
    UR_FUNCTION_MEM_GET_NATIVE_HANDLE = 68,
    UR_FUNCTION_ENQUEUE_READ_HOST_PIPE = 69,
    UR_FUNCTION_MEM_GET_INFO = 70,
    UR_FUNCTION_MEM_IMAGE_GET_INFO = 71,
    UR_FUNCTION_PLATFORM_GET = 72,
    UR_FUNCTION_PLATFORM_GET_INFO = 73,
    UR_FUNCTION_PLATFORM_GET_API_VERSION = 74,
    UR_FUNCTION_PLATFORM_GET_NATIVE_HANDLE = 75,
    UR_FUNCTION_PLATFORM_CREATE_WITH_NATIVE_HANDLE = 76,
    UR_FUNCTION_PROGRAM_CREATE_WITH_IL = 78,
    UR_FUNCTION_PROGRAM_CREATE_WITH_BINARY = 79,
    UR_FUNCTION_PROGRAM_BUILD = 80,
    UR_FUNCTION_PROGRAM_COMPILE = 81,
    UR_FUNCTION_PROGRAM_LINK = 82,
    UR_FUNCTION_PROGRAM_RETAIN = 83,
    UR_FUNCTION_PROGRAM_RELEASE = 84,
    UR_FUNCTION_PROGRAM_GET_FUNCTION_POINTER = 85,
    UR_FUNCTION_PROGRAM_GET_INFO = 86,
    UR_FUNCTION_PROGRAM_GET_BUILD_INFO = 87,
    UR_FUNCTION_PROGRAM_SET_SPECIALIZATION_CONSTANTS = 88,
    UR_FUNCTION_PROGRAM_GET_NATIVE_HANDLE = 89,
    UR_FUNCTION_PROGRAM_CREATE_WITH_NATIVE_HANDLE = 90,
    UR_FUNCTION_QUEUE_GET_INFO = 91,
    UR_FUNCTION_QUEUE_CREATE = 92,
    UR_FUNCTION_QUEUE_RETAIN = 93,
    UR_FUNCTION_QUEUE_RELEASE = 94,
    UR_FUNCTION_QUEUE_GET_NATIVE_HANDLE = 95,
    UR_FUNCTION_QUEUE_CREATE_WITH_NATIVE_HANDLE = 96,
    UR_FUNCTION_QUEUE_FINISH = 97,
    UR_FUNCTION_QUEUE_FLUSH = 98,
    UR_FUNCTION_SAMPLER_CREATE = 101,
    UR_FUNCTION_SAMPLER_RETAIN = 102,
    UR_FUNCTION_SAMPLER_RELEASE = 103,
    UR_FUNCTION_SAMPLER_GET_INFO = 104,
    UR_FUNCTION_SAMPLER_GET_NATIVE_HANDLE = 105,
    UR_FUNCTION_SAMPLER_CREATE_WITH_NATIVE_HANDLE = 106,
    UR_FUNCTION_USM_HOST_ALLOC = 107,
    UR_FUNCTION_USM_DEVICE_ALLOC = 108,
    UR_FUNCTION_USM_SHARED_ALLOC = 109,
    UR_FUNCTION_USM_FREE = 110,
    UR_FUNCTION_USM_GET_MEM_ALLOC_INFO = 111,
    UR_FUNCTION_USM_POOL_CREATE = 112,
    UR_FUNCTION_COMMAND_BUFFER_CREATE_EXP = 113,
    UR_FUNCTION_PLATFORM_GET_BACKEND_OPTION = 114,
    UR_FUNCTION_MEM_BUFFER_CREATE_WITH_NATIVE_HANDLE = 115,
    UR_FUNCTION_MEM_IMAGE_CREATE_WITH_NATIVE_HANDLE = 116,
    UR_FUNCTION_ENQUEUE_WRITE_HOST_PIPE = 117,
    UR_FUNCTION_USM_POOL_RETAIN = 118,
    UR_FUNCTION_USM_POOL_RELEASE = 119,
    UR_FUNCTION_USM_POOL_GET_INFO = 120,
    UR_FUNCTION_COMMAND_BUFFER_RETAIN_EXP = 121,
    UR_FUNCTION_COMMAND_BUFFER_RELEASE_EXP = 122,
    UR_FUNCTION_COMMAND_BUFFER_FINALIZE_EXP = 123,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_KERNEL_LAUNCH_EXP = 125,
    UR_FUNCTION_USM_PITCHED_ALLOC_EXP = 132,
    UR_FUNCTION_BINDLESS_IMAGES_UNSAMPLED_IMAGE_HANDLE_DESTROY_EXP = 133,
    UR_FUNCTION_BINDLESS_IMAGES_SAMPLED_IMAGE_HANDLE_DESTROY_EXP = 134,
    UR_FUNCTION_BINDLESS_IMAGES_IMAGE_ALLOCATE_EXP = 135,
    UR_FUNCTION_BINDLESS_IMAGES_IMAGE_FREE_EXP = 136,
    UR_FUNCTION_BINDLESS_IMAGES_UNSAMPLED_IMAGE_CREATE_EXP = 137,
    UR_FUNCTION_BINDLESS_IMAGES_SAMPLED_IMAGE_CREATE_EXP = 138,
    UR_FUNCTION_BINDLESS_IMAGES_IMAGE_COPY_EXP = 139,
    UR_FUNCTION_BINDLESS_IMAGES_IMAGE_GET_INFO_EXP = 140,
    UR_FUNCTION_BINDLESS_IMAGES_MIPMAP_GET_LEVEL_EXP = 141,
    UR_FUNCTION_BINDLESS_IMAGES_MIPMAP_FREE_EXP = 142,
    UR_FUNCTION_BINDLESS_IMAGES_MAP_EXTERNAL_ARRAY_EXP = 144,
    UR_FUNCTION_BINDLESS_IMAGES_RELEASE_EXTERNAL_SEMAPHORE_EXP = 147,
    UR_FUNCTION_BINDLESS_IMAGES_WAIT_EXTERNAL_SEMAPHORE_EXP = 148,
    UR_FUNCTION_BINDLESS_IMAGES_SIGNAL_EXTERNAL_SEMAPHORE_EXP = 149,
    UR_FUNCTION_ENQUEUE_USM_FILL_2D = 151,
    UR_FUNCTION_ENQUEUE_USM_MEMCPY_2D = 152,
    UR_FUNCTION_VIRTUAL_MEM_GRANULARITY_GET_INFO = 153,
    UR_FUNCTION_VIRTUAL_MEM_RESERVE = 154,
    UR_FUNCTION_VIRTUAL_MEM_FREE = 155,
    UR_FUNCTION_VIRTUAL_MEM_MAP = 156,
    UR_FUNCTION_VIRTUAL_MEM_UNMAP = 157,
    UR_FUNCTION_VIRTUAL_MEM_SET_ACCESS = 158,
    UR_FUNCTION_VIRTUAL_MEM_GET_INFO = 159,
    UR_FUNCTION_PHYSICAL_MEM_CREATE = 160,
    UR_FUNCTION_PHYSICAL_MEM_RETAIN = 161,
    UR_FUNCTION_PHYSICAL_MEM_RELEASE = 162,
    UR_FUNCTION_USM_IMPORT_EXP = 163,
    UR_FUNCTION_USM_RELEASE_EXP = 164,
    UR_FUNCTION_USM_P2P_ENABLE_PEER_ACCESS_EXP = 165,
    UR_FUNCTION_USM_P2P_DISABLE_PEER_ACCESS_EXP = 166,
    UR_FUNCTION_USM_P2P_PEER_ACCESS_GET_INFO_EXP = 167,
    UR_FUNCTION_LOADER_CONFIG_CREATE = 172,
    UR_FUNCTION_LOADER_CONFIG_RELEASE = 173,
    UR_FUNCTION_LOADER_CONFIG_RETAIN = 174,
    UR_FUNCTION_LOADER_CONFIG_GET_INFO = 175,
    UR_FUNCTION_LOADER_CONFIG_ENABLE_LAYER = 176,
    UR_FUNCTION_ADAPTER_RELEASE = 177,
    UR_FUNCTION_ADAPTER_GET = 178,
    UR_FUNCTION_ADAPTER_RETAIN = 179,
    UR_FUNCTION_ADAPTER_GET_LAST_ERROR = 180,
    UR_FUNCTION_ADAPTER_GET_INFO = 181,
    UR_FUNCTION_PROGRAM_BUILD_EXP = 197,
    UR_FUNCTION_PROGRAM_COMPILE_EXP = 198,
    UR_FUNCTION_PROGRAM_LINK_EXP = 199,
    UR_FUNCTION_LOADER_CONFIG_SET_CODE_LOCATION_CALLBACK = 200,
    UR_FUNCTION_LOADER_INIT = 201,
    UR_FUNCTION_LOADER_TEAR_DOWN = 202,
    UR_FUNCTION_PROGRAM_GET_GLOBAL_VARIABLE_POINTER = 216,
    UR_FUNCTION_DEVICE_GET_SELECTED = 217,
    UR_FUNCTION_COMMAND_BUFFER_UPDATE_KERNEL_LAUNCH_EXP = 220,
    UR_FUNCTION_COMMAND_BUFFER_GET_INFO_EXP = 221,
    UR_FUNCTION_ENQUEUE_TIMESTAMP_RECORDING_EXP = 223,
    UR_FUNCTION_KERNEL_GET_SUGGESTED_LOCAL_WORK_SIZE = 225,
    UR_FUNCTION_BINDLESS_IMAGES_IMPORT_EXTERNAL_MEMORY_EXP = 226,
    UR_FUNCTION_BINDLESS_IMAGES_IMPORT_EXTERNAL_SEMAPHORE_EXP = 227,
    UR_FUNCTION_ENQUEUE_NATIVE_COMMAND_EXP = 228,
    UR_FUNCTION_LOADER_CONFIG_SET_MOCKING_ENABLED = 229,
    UR_FUNCTION_BINDLESS_IMAGES_RELEASE_EXTERNAL_MEMORY_EXP = 230,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_USM_MEMCPY_EXP = 231,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_USM_FILL_EXP = 232,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_MEM_BUFFER_COPY_EXP = 233,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_MEM_BUFFER_WRITE_EXP = 234,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_MEM_BUFFER_READ_EXP = 235,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_MEM_BUFFER_COPY_RECT_EXP = 236,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_MEM_BUFFER_WRITE_RECT_EXP = 237,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_MEM_BUFFER_READ_RECT_EXP = 238,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_MEM_BUFFER_FILL_EXP = 239,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_USM_PREFETCH_EXP = 240,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_USM_ADVISE_EXP = 241,
    UR_FUNCTION_ENQUEUE_COMMAND_BUFFER_EXP = 242,
    UR_FUNCTION_COMMAND_BUFFER_UPDATE_SIGNAL_EVENT_EXP = 243,
    UR_FUNCTION_COMMAND_BUFFER_UPDATE_WAIT_EVENTS_EXP = 244,
    UR_FUNCTION_BINDLESS_IMAGES_MAP_EXTERNAL_LINEAR_MEMORY_EXP = 245,
    UR_FUNCTION_ENQUEUE_EVENTS_WAIT_WITH_BARRIER_EXT = 246,
    UR_FUNCTION_PHYSICAL_MEM_GET_INFO = 249,
    UR_FUNCTION_ENQUEUE_USM_DEVICE_ALLOC_EXP = 250,
    UR_FUNCTION_ENQUEUE_USM_SHARED_ALLOC_EXP = 251,
    UR_FUNCTION_ENQUEUE_USM_HOST_ALLOC_EXP = 252,
    UR_FUNCTION_ENQUEUE_USM_FREE_EXP = 253,
    UR_FUNCTION_USM_POOL_CREATE_EXP = 254,
    UR_FUNCTION_USM_POOL_DESTROY_EXP = 255,
    UR_FUNCTION_USM_POOL_GET_DEFAULT_DEVICE_POOL_EXP = 257,
    UR_FUNCTION_USM_POOL_SET_DEVICE_POOL_EXP = 259,
    UR_FUNCTION_USM_POOL_GET_DEVICE_POOL_EXP = 260,
    UR_FUNCTION_USM_POOL_TRIM_TO_EXP = 261,
    UR_FUNCTION_USM_POOL_GET_INFO_EXP = 262,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_NATIVE_COMMAND_EXP = 263,
    UR_FUNCTION_COMMAND_BUFFER_GET_NATIVE_HANDLE_EXP = 264,
    UR_FUNCTION_USM_POOL_SET_INFO_EXP = 265,
    UR_FUNCTION_ADAPTER_SET_LOGGER_CALLBACK = 266,
    UR_FUNCTION_ADAPTER_SET_LOGGER_CALLBACK_LEVEL = 267,
    UR_FUNCTION_BINDLESS_IMAGES_GET_IMAGE_UNSAMPLED_HANDLE_SUPPORT_EXP = 268,
    UR_FUNCTION_BINDLESS_IMAGES_GET_IMAGE_SAMPLED_HANDLE_SUPPORT_EXP = 269,
    UR_FUNCTION_BINDLESS_IMAGES_GET_IMAGE_MEMORY_HANDLE_TYPE_SUPPORT_EXP = 270,
    UR_FUNCTION_BINDLESS_IMAGES_FREE_MAPPED_LINEAR_MEMORY_EXP = 271,
    UR_FUNCTION_KERNEL_SUGGEST_MAX_COOPERATIVE_GROUP_COUNT = 272,
    UR_FUNCTION_USM_CONTEXT_MEMCPY_EXP = 273,
    UR_FUNCTION_MEMORY_EXPORT_ALLOC_EXPORTABLE_MEMORY_EXP = 285,
    UR_FUNCTION_MEMORY_EXPORT_FREE_EXPORTABLE_MEMORY_EXP = 286,
    UR_FUNCTION_MEMORY_EXPORT_EXPORT_MEMORY_HANDLE_EXP = 287,
    UR_FUNCTION_BINDLESS_IMAGES_SUPPORTS_IMPORTING_HANDLE_TYPE_EXP = 288,
    UR_FUNCTION_IPC_GET_MEM_HANDLE_EXP = 289,
    UR_FUNCTION_IPC_PUT_MEM_HANDLE_EXP = 290,
    UR_FUNCTION_IPC_OPEN_MEM_HANDLE_EXP = 291,
    UR_FUNCTION_IPC_CLOSE_MEM_HANDLE_EXP = 292,
    UR_FUNCTION_DEVICE_WAIT_EXP = 293,
    UR_FUNCTION_PROGRAM_DYNAMIC_LINK_EXP = 294,
    UR_FUNCTION_ENQUEUE_KERNEL_LAUNCH_WITH_ARGS_EXP = 295,
    UR_FUNCTION_GRAPH_CREATE_EXP = 296,
    UR_FUNCTION_QUEUE_BEGIN_GRAPH_CAPTURE_EXP = 297,
    UR_FUNCTION_QUEUE_BEGIN_CAPTURE_INTO_GRAPH_EXP = 298,
    UR_FUNCTION_QUEUE_END_GRAPH_CAPTURE_EXP = 299,
    UR_FUNCTION_GRAPH_DESTROY_EXP = 302,
    UR_FUNCTION_GRAPH_EXECUTABLE_GRAPH_DESTROY_EXP = 303,
    UR_FUNCTION_QUEUE_IS_GRAPH_CAPTURE_ENABLED_EXP = 304,
    UR_FUNCTION_GRAPH_IS_EMPTY_EXP = 305,
    UR_FUNCTION_GRAPH_DUMP_CONTENTS_EXP = 306,
    UR_FUNCTION_GRAPH_INSTANTIATE_GRAPH_EXP = 307,
    UR_FUNCTION_ENQUEUE_GRAPH_EXP = 308,
    UR_FUNCTION_ENQUEUE_HOST_TASK_EXP = 309,
    UR_FUNCTION_COMMAND_BUFFER_APPEND_KERNEL_LAUNCH_WITH_ARGS_EXP = 310,
    UR_FUNCTION_KERNEL_GET_SUGGESTED_LOCAL_WORK_SIZE_WITH_ARGS = 311,
    UR_FUNCTION_USM_HOST_ALLOC_REGISTER_EXP = 312,
    UR_FUNCTION_USM_HOST_ALLOC_UNREGISTER_EXP = 313,
    UR_FUNCTION_QUEUE_GET_GRAPH_EXP = 314,
    UR_FUNCTION_GRAPH_SET_DESTRUCTION_CALLBACK_EXP = 315,
    UR_FUNCTION_IPC_GET_PHYS_MEM_HANDLE_EXP = 316,
    UR_FUNCTION_IPC_PUT_PHYS_MEM_HANDLE_EXP = 317,
    UR_FUNCTION_IPC_OPEN_PHYS_MEM_HANDLE_EXP = 318,
    UR_FUNCTION_IPC_CLOSE_PHYS_MEM_HANDLE_EXP = 319,
    UR_FUNCTION_GRAPH_GET_NATIVE_HANDLE_EXP = 320,
    UR_FUNCTION_GRAPH_EXECUTABLE_GRAPH_GET_NATIVE_HANDLE_EXP = 321,
    UR_FUNCTION_EVENT_CREATE_EXP = 322,
    UR_FUNCTION_IPC_GET_EVENT_HANDLE_EXP = 323,
    UR_FUNCTION_IPC_PUT_EVENT_HANDLE_EXP = 324,
    UR_FUNCTION_IPC_OPEN_EVENT_HANDLE_EXP = 325,
    UR_FUNCTION_GRAPH_GET_ID_EXP = 326,
    /// @cond
    UR_FUNCTION_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_function_t;

/** @brief Structure types (the `stype` member of descriptor and property structs). */
typedef enum ur_structure_type_t {
    UR_STRUCTURE_TYPE_CONTEXT_PROPERTIES = 0,
    UR_STRUCTURE_TYPE_IMAGE_DESC = 1,
    UR_STRUCTURE_TYPE_BUFFER_PROPERTIES = 2,
    UR_STRUCTURE_TYPE_BUFFER_REGION = 3,
    UR_STRUCTURE_TYPE_BUFFER_CHANNEL_PROPERTIES = 4,
    UR_STRUCTURE_TYPE_BUFFER_ALLOC_LOCATION_PROPERTIES = 5,
    UR_STRUCTURE_TYPE_PROGRAM_PROPERTIES = 6,
    UR_STRUCTURE_TYPE_USM_DESC = 7,
    UR_STRUCTURE_TYPE_USM_HOST_DESC = 8,
    UR_STRUCTURE_TYPE_USM_DEVICE_DESC = 9,
    UR_STRUCTURE_TYPE_USM_POOL_DESC = 10,
    UR_STRUCTURE_TYPE_USM_POOL_LIMITS_DESC = 11,
    UR_STRUCTURE_TYPE_DEVICE_BINARY = 12,
    UR_STRUCTURE_TYPE_SAMPLER_DESC = 13,
    UR_STRUCTURE_TYPE_QUEUE_PROPERTIES = 14,
    UR_STRUCTURE_TYPE_QUEUE_INDEX_PROPERTIES = 15,
    UR_STRUCTURE_TYPE_CONTEXT_NATIVE_PROPERTIES = 16,
    UR_STRUCTURE_TYPE_KERNEL_NATIVE_PROPERTIES = 17,
    UR_STRUCTURE_TYPE_QUEUE_NATIVE_PROPERTIES = 18,
    UR_STRUCTURE_TYPE_MEM_NATIVE_PROPERTIES = 19,
    UR_STRUCTURE_TYPE_EVENT_NATIVE_PROPERTIES = 20,
    UR_STRUCTURE_TYPE_PLATFORM_NATIVE_PROPERTIES = 21,
    UR_STRUCTURE_TYPE_DEVICE_NATIVE_PROPERTIES = 22,
    UR_STRUCTURE_TYPE_PROGRAM_NATIVE_PROPERTIES = 23,
    UR_STRUCTURE_TYPE_SAMPLER_NATIVE_PROPERTIES = 24,
    UR_STRUCTURE_TYPE_QUEUE_NATIVE_DESC = 25,
    UR_STRUCTURE_TYPE_DEVICE_PARTITION_PROPERTIES = 26,
    UR_STRUCTURE_TYPE_KERNEL_ARG_MEM_OBJ_PROPERTIES = 27,
    UR_STRUCTURE_TYPE_KERNEL_ARG_POINTER_PROPERTIES = 29,
    UR_STRUCTURE_TYPE_KERNEL_ARG_SAMPLER_PROPERTIES = 30,
    UR_STRUCTURE_TYPE_KERNEL_EXEC_INFO_PROPERTIES = 31,
    UR_STRUCTURE_TYPE_KERNEL_ARG_VALUE_PROPERTIES = 32,
    UR_STRUCTURE_TYPE_KERNEL_ARG_LOCAL_PROPERTIES = 33,
    UR_STRUCTURE_TYPE_USM_ALLOC_LOCATION_DESC = 35,
    UR_STRUCTURE_TYPE_USM_POOL_BUFFER_DESC = 36,
    UR_STRUCTURE_TYPE_PHYSICAL_MEM_PROPERTIES = 37,
    UR_STRUCTURE_TYPE_KERNEL_LAUNCH_EXT_PROPERTIES = 38,
    UR_STRUCTURE_TYPE_KERNEL_LAUNCH_CLUSTER_PROPERTY = 40,
    UR_STRUCTURE_TYPE_KERNEL_LAUNCH_WORKGROUP_PROPERTY = 41,
    UR_STRUCTURE_TYPE_EXP_COMMAND_BUFFER_DESC = 0x1000,
    UR_STRUCTURE_TYPE_EXP_COMMAND_BUFFER_UPDATE_KERNEL_LAUNCH_DESC = 0x1001,
    UR_STRUCTURE_TYPE_EXP_COMMAND_BUFFER_UPDATE_MEMOBJ_ARG_DESC = 0x1002,
    UR_STRUCTURE_TYPE_EXP_COMMAND_BUFFER_UPDATE_POINTER_ARG_DESC = 0x1003,
    UR_STRUCTURE_TYPE_EXP_COMMAND_BUFFER_UPDATE_VALUE_ARG_DESC = 0x1004,
    UR_STRUCTURE_TYPE_EXP_SAMPLER_MIP_PROPERTIES = 0x2000,
    UR_STRUCTURE_TYPE_EXP_EXTERNAL_MEM_DESC = 0x2001,
    UR_STRUCTURE_TYPE_EXP_EXTERNAL_SEMAPHORE_DESC = 0x2002,
    UR_STRUCTURE_TYPE_EXP_FILE_DESCRIPTOR = 0x2003,
    UR_STRUCTURE_TYPE_EXP_WIN32_HANDLE = 0x2004,
    UR_STRUCTURE_TYPE_EXP_SAMPLER_ADDR_MODES = 0x2005,
    UR_STRUCTURE_TYPE_EXP_SAMPLER_CUBEMAP_PROPERTIES = 0x2006,
    UR_STRUCTURE_TYPE_EXP_IMAGE_COPY_REGION = 0x2007,
    UR_STRUCTURE_TYPE_EXP_WIN32_NAME = 0x2008,
    UR_STRUCTURE_TYPE_EXP_IMAGE_USER_PITCH_DESC = 0x2009,
    UR_STRUCTURE_TYPE_EXP_ASYNC_USM_ALLOC_PROPERTIES = 0x2050,
    UR_STRUCTURE_TYPE_EXP_ENQUEUE_NATIVE_COMMAND_PROPERTIES = 0x3000,
    UR_STRUCTURE_TYPE_EXP_ENQUEUE_EXT_PROPERTIES = 0x4000,
    UR_STRUCTURE_TYPE_EXP_KERNEL_ARG_PROPERTIES = 0x5000,
    UR_STRUCTURE_TYPE_EXP_HOST_TASK_PROPERTIES = 0x6000,
    UR_STRUCTURE_TYPE_EXP_USM_HOST_ALLOC_REGISTER_PROPERTIES = 0x7000,
    UR_STRUCTURE_TYPE_EXP_EVENT_DESC = 0x8000,
    /// @cond
    UR_STRUCTURE_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_structure_type_t;

/** @brief Return and error codes. */
typedef enum ur_result_t {
    UR_RESULT_SUCCESS = 0,
    UR_RESULT_ERROR_INVALID_OPERATION = 1,
    UR_RESULT_ERROR_INVALID_QUEUE_PROPERTIES = 2,
    UR_RESULT_ERROR_INVALID_QUEUE = 3,
    UR_RESULT_ERROR_INVALID_VALUE = 4,
    UR_RESULT_ERROR_INVALID_CONTEXT = 5,
    UR_RESULT_ERROR_INVALID_PLATFORM = 6,
    UR_RESULT_ERROR_INVALID_BINARY = 7,
    UR_RESULT_ERROR_INVALID_PROGRAM = 8,
    UR_RESULT_ERROR_INVALID_SAMPLER = 9,
    UR_RESULT_ERROR_INVALID_BUFFER_SIZE = 10,
    UR_RESULT_ERROR_INVALID_MEM_OBJECT = 11,
    UR_RESULT_ERROR_INVALID_EVENT = 12,
    UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST = 13,
    UR_RESULT_ERROR_MISALIGNED_SUB_BUFFER_OFFSET = 14,
    UR_RESULT_ERROR_INVALID_WORK_GROUP_SIZE = 15,
    UR_RESULT_ERROR_COMPILER_NOT_AVAILABLE = 16,
    UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE = 17,
    UR_RESULT_ERROR_DEVICE_NOT_FOUND = 18,
    UR_RESULT_ERROR_INVALID_DEVICE = 19,
    UR_RESULT_ERROR_DEVICE_LOST = 20,
    UR_RESULT_ERROR_DEVICE_REQUIRES_RESET = 21,
    UR_RESULT_ERROR_DEVICE_IN_LOW_POWER_STATE = 22,
    UR_RESULT_ERROR_DEVICE_PARTITION_FAILED = 23,
    UR_RESULT_ERROR_INVALID_DEVICE_PARTITION_COUNT = 24,
    UR_RESULT_ERROR_INVALID_WORK_ITEM_SIZE = 25,
    UR_RESULT_ERROR_INVALID_WORK_DIMENSION = 26,
    UR_RESULT_ERROR_INVALID_KERNEL_ARGS = 27, ///< Deprecated; kept for its value.
    UR_RESULT_ERROR_INVALID_KERNEL = 28,
    UR_RESULT_ERROR_INVALID_KERNEL_NAME = 29,            ///< [Validation]
    UR_RESULT_ERROR_INVALID_KERNEL_ARGUMENT_INDEX = 30,  ///< [Validation]
    UR_RESULT_ERROR_INVALID_KERNEL_ARGUMENT_SIZE = 31,   ///< [Validation]
    UR_RESULT_ERROR_INVALID_KERNEL_ATTRIBUTE_VALUE = 32, ///< [Validation]
    UR_RESULT_ERROR_INVALID_IMAGE_SIZE = 33,
    UR_RESULT_ERROR_INVALID_IMAGE_FORMAT_DESCRIPTOR = 34,
    UR_RESULT_ERROR_MEM_OBJECT_ALLOCATION_FAILURE = 35,
    UR_RESULT_ERROR_INVALID_PROGRAM_EXECUTABLE = 36,
    UR_RESULT_ERROR_UNINITIALIZED = 37, ///< [Validation]
    UR_RESULT_ERROR_OUT_OF_HOST_MEMORY = 38,
    UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY = 39,
    UR_RESULT_ERROR_OUT_OF_RESOURCES = 40,
    UR_RESULT_ERROR_PROGRAM_BUILD_FAILURE = 41,
    UR_RESULT_ERROR_PROGRAM_LINK_FAILURE = 42,
    UR_RESULT_ERROR_UNSUPPORTED_VERSION = 43,            ///< [Validation]
    UR_RESULT_ERROR_UNSUPPORTED_FEATURE = 44,            ///< [Validation]
    UR_RESULT_ERROR_INVALID_ARGUMENT = 45,               ///< [Validation]
    UR_RESULT_ERROR_INVALID_NULL_HANDLE = 46,            ///< [Validation]
    UR_RESULT_ERROR_HANDLE_OBJECT_IN_USE = 47,           ///< [Validation]
    UR_RESULT_ERROR_INVALID_NULL_POINTER = 48,           ///< [Validation]
    UR_RESULT_ERROR_INVALID_SIZE = 49,                   ///< [Validation]
    UR_RESULT_ERROR_UNSUPPORTED_SIZE = 50,               ///< [Validation]
    UR_RESULT_ERROR_UNSUPPORTED_ALIGNMENT = 51,          ///< [Validation]
    UR_RESULT_ERROR_INVALID_SYNCHRONIZATION_OBJECT = 52, ///< [Validation]
    UR_RESULT_ERROR_INVALID_ENUMERATION = 53,            ///< [Validation]
    UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION = 54,        ///< [Validation]
    UR_RESULT_ERROR_UNSUPPORTED_IMAGE_FORMAT = 55,       ///< [Validation]
    UR_RESULT_ERROR_INVALID_NATIVE_BINARY = 56,          ///< [Validation]
    UR_RESULT_ERROR_INVALID_GLOBAL_NAME = 57,            ///< [Validation]
    UR_RESULT_ERROR_FUNCTION_ADDRESS_NOT_AVAILABLE = 58, ///< [Validation]
    UR_RESULT_ERROR_INVALID_GROUP_SIZE_DIMENSION = 59,   ///< [Validation]
    UR_RESULT_ERROR_INVALID_GLOBAL_WIDTH_DIMENSION = 60, ///< [Validation]
    UR_RESULT_ERROR_PROGRAM_UNLINKED = 61,               ///< [Validation]
    UR_RESULT_ERROR_OVERLAPPING_REGIONS = 62,            ///< [Validation]
    UR_RESULT_ERROR_INVALID_HOST_PTR = 63,
    UR_RESULT_ERROR_INVALID_USM_SIZE = 64,
    UR_RESULT_ERROR_OBJECT_ALLOCATION_FAILURE = 65,
    UR_RESULT_ERROR_ADAPTER_SPECIFIC = 66,
    UR_RESULT_ERROR_LAYER_NOT_PRESENT = 67,
    UR_RESULT_ERROR_IN_EVENT_LIST_EXEC_STATUS = 68,
    UR_RESULT_ERROR_DEVICE_NOT_AVAILABLE = 69,
    UR_RESULT_ERROR_INVALID_SPEC_ID = 70,
    UR_RESULT_ERROR_INVALID_GRAPH = 71,
    UR_RESULT_ERROR_GRAPH_CAPTURE_UNSUPPORTED = 72,
    UR_RESULT_ERROR_GRAPH_CAPTURE_INVALIDATED = 73,
    UR_RESULT_ERROR_GRAPH_CAPTURE_MERGE_ATTEMPT = 74,
    UR_RESULT_ERROR_COMMAND_LIST_NOT_CAPTURING = 75,
    UR_RESULT_ERROR_GRAPH_UNJOINED_FORKS = 76,
    UR_RESULT_ERROR_GRAPH_INTERNAL_EVENT = 77,
    UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_EXP = 0x1000,
    UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_EXP = 0x1001,
    UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP = 0x1002,
    UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_COMMAND_HANDLE_EXP = 0x1003,
    UR_RESULT_ERROR_UNKNOWN = 0x7ffffffe,
    /// @cond
    UR_RESULT_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_result_t;

/** @brief Base of all `*_properties_t` structs. */
typedef struct ur_base_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
} ur_base_properties_t;

/** @brief Base of all `*_desc_t` structs. */
typedef struct ur_base_desc_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
} ur_base_desc_t;

/** @brief 3D offset argument of rectangular copies (x in bytes, y and z in rows/slices). */
typedef struct ur_rect_offset_t {
    uint64_t x; ///< [in] x offset (bytes)
    uint64_t y; ///< [in] y offset (scalar)
    uint64_t z; ///< [in] z offset (scalar)
} ur_rect_offset_t;

/** @brief 3D region argument of rectangular copies (width in bytes). */
typedef struct ur_rect_region_t {
    uint64_t width;  ///< [in] width (bytes)
    uint64_t height; ///< [in] height (scalar)
    uint64_t depth;  ///< [in] depth (scalar)
} ur_rect_region_t;

/** @brief Native backend of an adapter or platform. */
typedef enum ur_backend_t {
    UR_BACKEND_UNKNOWN = 0,
    UR_BACKEND_LEVEL_ZERO = 1,
    UR_BACKEND_OPENCL = 2,
    UR_BACKEND_CUDA = 3,
    UR_BACKEND_HIP = 4,
    UR_BACKEND_NATIVE_CPU = 5,
    UR_BACKEND_OFFLOAD = 0x100,
    /// @cond
    UR_BACKEND_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_backend_t;

/** @brief Logger levels. */
typedef enum ur_logger_level_t {
    UR_LOGGER_LEVEL_DEBUG = 0,
    UR_LOGGER_LEVEL_INFO = 1,
    UR_LOGGER_LEVEL_WARN = 2,
    UR_LOGGER_LEVEL_ERROR = 3,
    UR_LOGGER_LEVEL_QUIET = 4,
    /// @cond
    UR_LOGGER_LEVEL_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_logger_level_t;

/** @brief Logger callback, see ::urAdapterSetLoggerCallback. */
typedef void (*ur_logger_callback_t)(ur_logger_level_t level, const char *pLoggerMsg,
                                     void *pUserData);

/** @brief Device initialization flags of ::urLoaderInit. */
typedef uint32_t ur_device_init_flags_t;
typedef enum ur_device_init_flag_t {
    UR_DEVICE_INIT_FLAG_GPU = UR_BIT(0),
    UR_DEVICE_INIT_FLAG_CPU = UR_BIT(1),
    UR_DEVICE_INIT_FLAG_FPGA = UR_BIT(2),
    UR_DEVICE_INIT_FLAG_MCA = UR_BIT(3),
    UR_DEVICE_INIT_FLAG_VPU = UR_BIT(4),
    /// @cond
    UR_DEVICE_INIT_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_init_flag_t;
#define UR_DEVICE_INIT_FLAGS_MASK 0xffffffe0

/** @brief Loader config information. */
typedef enum ur_loader_config_info_t {
    UR_LOADER_CONFIG_INFO_AVAILABLE_LAYERS = 0, ///< [char[]]
    UR_LOADER_CONFIG_INFO_REFERENCE_COUNT = 1,  ///< [uint32_t]
    /// @cond
    UR_LOADER_CONFIG_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_loader_config_info_t;

/** @brief Code location data. */
typedef struct ur_code_location_t {
    const char *functionName; ///< [in][out] function name
    const char *sourceFile;   ///< [in][out] source code file
    uint32_t lineNumber;      ///< [in][out] source code line number
    uint32_t columnNumber;    ///< [in][out] source code column number
} ur_code_location_t;

/** @brief Code location callback. */
typedef ur_code_location_t (*ur_code_location_callback_t)(void *pUserData);

/** @brief Adapter information. */
typedef enum ur_adapter_info_t {
    UR_ADAPTER_INFO_BACKEND = 0,         ///< [::ur_backend_t]
    UR_ADAPTER_INFO_REFERENCE_COUNT = 1, ///< [uint32_t]
    UR_ADAPTER_INFO_VERSION = 2,         ///< [uint32_t]
    /// @cond
    UR_ADAPTER_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_adapter_info_t;

/** @brief Platform information (values start at 1). */
typedef enum ur_platform_info_t {
    UR_PLATFORM_INFO_NAME = 1,        ///< [char[]]
    UR_PLATFORM_INFO_VENDOR_NAME = 2, ///< [char[]]
    UR_PLATFORM_INFO_VERSION = 3,     ///< [char[]]
    UR_PLATFORM_INFO_EXTENSIONS = 4,  ///< [char[]]
    UR_PLATFORM_INFO_PROFILE = 5,     ///< [char[]]
    UR_PLATFORM_INFO_BACKEND = 6,     ///< [::ur_backend_t]
    UR_PLATFORM_INFO_ADAPTER = 7,     ///< [::ur_adapter_handle_t]
    /// @cond
    UR_PLATFORM_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_platform_info_t;

/** @brief API versions; use ::UR_MAJOR_VERSION and ::UR_MINOR_VERSION. */
typedef enum ur_api_version_t {
    UR_API_VERSION_0_6 = UR_MAKE_VERSION(0, 6),
    UR_API_VERSION_0_7 = UR_MAKE_VERSION(0, 7),
    UR_API_VERSION_0_8 = UR_MAKE_VERSION(0, 8),
    UR_API_VERSION_0_9 = UR_MAKE_VERSION(0, 9),
    UR_API_VERSION_0_10 = UR_MAKE_VERSION(0, 10),
    UR_API_VERSION_0_11 = UR_MAKE_VERSION(0, 11),
    UR_API_VERSION_0_12 = UR_MAKE_VERSION(0, 12),
    UR_API_VERSION_CURRENT = UR_MAKE_VERSION(0, 12),
    /// @cond
    UR_API_VERSION_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_api_version_t;

/** @brief Native platform creation properties. */
typedef struct ur_platform_native_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_platform_native_properties_t;

/** @brief Device types (there is no 0). */
typedef enum ur_device_type_t {
    UR_DEVICE_TYPE_DEFAULT = 1,
    UR_DEVICE_TYPE_ALL = 2,
    UR_DEVICE_TYPE_GPU = 3,
    UR_DEVICE_TYPE_CPU = 4,
    UR_DEVICE_TYPE_FPGA = 5,
    UR_DEVICE_TYPE_MCA = 6,
    UR_DEVICE_TYPE_VPU = 7,
    UR_DEVICE_TYPE_CUSTOM = 8,
    /// @cond
    UR_DEVICE_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_type_t;

/** @brief Device information. */
typedef enum ur_device_info_t {
    UR_DEVICE_INFO_TYPE = 0,                           ///< [::ur_device_type_t]
    UR_DEVICE_INFO_VENDOR_ID = 1,                      ///< [uint32_t]
    UR_DEVICE_INFO_DEVICE_ID = 2,                      ///< [uint32_t] optional-query
    UR_DEVICE_INFO_MAX_COMPUTE_UNITS = 3,              ///< [uint32_t]
    UR_DEVICE_INFO_MAX_WORK_ITEM_DIMENSIONS = 4,       ///< [uint32_t]
    UR_DEVICE_INFO_MAX_WORK_ITEM_SIZES = 5,            ///< [size_t[]]
    UR_DEVICE_INFO_MAX_WORK_GROUP_SIZE = 6,            ///< [size_t]
    UR_DEVICE_INFO_SINGLE_FP_CONFIG = 7,               ///< [::ur_device_fp_capability_flags_t]
    UR_DEVICE_INFO_HALF_FP_CONFIG = 8,                 ///< [::ur_device_fp_capability_flags_t]
    UR_DEVICE_INFO_DOUBLE_FP_CONFIG = 9,               ///< [::ur_device_fp_capability_flags_t]
    UR_DEVICE_INFO_QUEUE_PROPERTIES = 10,              ///< [::ur_queue_flags_t]
    UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_CHAR = 11,   ///< [uint32_t]
    UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_SHORT = 12,  ///< [uint32_t]
    UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_INT = 13,    ///< [uint32_t]
    UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_LONG = 14,   ///< [uint32_t]
    UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_FLOAT = 15,  ///< [uint32_t]
    UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_DOUBLE = 16, ///< [uint32_t]
    UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_HALF = 17,   ///< [uint32_t]
    UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_CHAR = 18,      ///< [uint32_t]
    UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_SHORT = 19,     ///< [uint32_t]
    UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_INT = 20,       ///< [uint32_t]
    UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_LONG = 21,      ///< [uint32_t]
    UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_FLOAT = 22,     ///< [uint32_t]
    UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_DOUBLE = 23,    ///< [uint32_t]
    UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_HALF = 24,      ///< [uint32_t]
    UR_DEVICE_INFO_MAX_CLOCK_FREQUENCY = 25,           ///< [uint32_t]
    UR_DEVICE_INFO_MEMORY_CLOCK_RATE = 26,             ///< [uint32_t] optional-query
    UR_DEVICE_INFO_ADDRESS_BITS = 27,                  ///< [uint32_t]
    UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE = 28,            ///< [uint64_t]
    UR_DEVICE_INFO_IMAGE_SUPPORT = 29,                 ///< [::ur_bool_t]
    UR_DEVICE_INFO_MAX_READ_IMAGE_ARGS = 30,           ///< [uint32_t]
    UR_DEVICE_INFO_MAX_WRITE_IMAGE_ARGS = 31,          ///< [uint32_t]
    UR_DEVICE_INFO_MAX_READ_WRITE_IMAGE_ARGS = 32,     ///< [uint32_t] optional-query
    UR_DEVICE_INFO_IMAGE2D_MAX_WIDTH = 33,             ///< [size_t]
    UR_DEVICE_INFO_IMAGE2D_MAX_HEIGHT = 34,            ///< [size_t]
    UR_DEVICE_INFO_IMAGE3D_MAX_WIDTH = 35,             ///< [size_t]
    UR_DEVICE_INFO_IMAGE3D_MAX_HEIGHT = 36,            ///< [size_t]
    UR_DEVICE_INFO_IMAGE3D_MAX_DEPTH = 37,             ///< [size_t]
    UR_DEVICE_INFO_IMAGE_MAX_BUFFER_SIZE = 38,         ///< [size_t]
    UR_DEVICE_INFO_IMAGE_MAX_ARRAY_SIZE = 39,          ///< [size_t]
    UR_DEVICE_INFO_MAX_SAMPLERS = 40,                  ///< [uint32_t]
    UR_DEVICE_INFO_MAX_PARAMETER_SIZE = 41,            ///< [size_t]
    UR_DEVICE_INFO_MEM_BASE_ADDR_ALIGN = 42,           ///< [uint32_t]
    UR_DEVICE_INFO_GLOBAL_MEM_CACHE_TYPE = 43,         ///< [::ur_device_mem_cache_type_t]
    UR_DEVICE_INFO_GLOBAL_MEM_CACHELINE_SIZE = 44,     ///< [uint32_t]
    UR_DEVICE_INFO_GLOBAL_MEM_CACHE_SIZE = 45,         ///< [uint64_t]
    UR_DEVICE_INFO_GLOBAL_MEM_SIZE = 46,               ///< [uint64_t]
    UR_DEVICE_INFO_GLOBAL_MEM_FREE = 47,               ///< [uint64_t] optional-query
    UR_DEVICE_INFO_MAX_CONSTANT_BUFFER_SIZE = 48,      ///< [uint64_t]
    UR_DEVICE_INFO_MAX_CONSTANT_ARGS = 49,             ///< [uint32_t]
    UR_DEVICE_INFO_LOCAL_MEM_TYPE = 50,                ///< [::ur_device_local_mem_type_t]
    UR_DEVICE_INFO_LOCAL_MEM_SIZE = 51,                ///< [uint64_t]
    UR_DEVICE_INFO_ERROR_CORRECTION_SUPPORT = 52,      ///< [::ur_bool_t]
    UR_DEVICE_INFO_HOST_UNIFIED_MEMORY = 53,           ///< [::ur_bool_t]
    UR_DEVICE_INFO_PROFILING_TIMER_RESOLUTION = 54,    ///< [size_t]
    UR_DEVICE_INFO_ENDIAN_LITTLE = 55,                 ///< [::ur_bool_t]
    UR_DEVICE_INFO_AVAILABLE = 56,                     ///< [::ur_bool_t]
    UR_DEVICE_INFO_COMPILER_AVAILABLE = 57,            ///< [::ur_bool_t]
    UR_DEVICE_INFO_LINKER_AVAILABLE = 58,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_EXECUTION_CAPABILITIES = 59,        ///< [::ur_device_exec_capability_flags_t]
    UR_DEVICE_INFO_QUEUE_ON_DEVICE_PROPERTIES = 60,    ///< [::ur_queue_flags_t]
    UR_DEVICE_INFO_QUEUE_ON_HOST_PROPERTIES = 61,      ///< [::ur_queue_flags_t]
    UR_DEVICE_INFO_BUILT_IN_KERNELS = 62,              ///< [char[]]
    UR_DEVICE_INFO_PLATFORM = 63,                      ///< [::ur_platform_handle_t]
    UR_DEVICE_INFO_REFERENCE_COUNT = 64,               ///< [uint32_t]
    UR_DEVICE_INFO_IL_VERSION = 65,                    ///< [char[]] optional-query
    UR_DEVICE_INFO_NAME = 66,                          ///< [char[]]
    UR_DEVICE_INFO_VENDOR = 67,                        ///< [char[]]
    UR_DEVICE_INFO_DRIVER_VERSION = 68,                ///< [char[]]
    UR_DEVICE_INFO_PROFILE = 69,                       ///< [char[]]
    UR_DEVICE_INFO_VERSION = 70,                       ///< [char[]]
    UR_DEVICE_INFO_BACKEND_RUNTIME_VERSION = 71,       ///< [char[]]
    UR_DEVICE_INFO_EXTENSIONS = 72,                    ///< [char[]]
    UR_DEVICE_INFO_PRINTF_BUFFER_SIZE = 73,            ///< [size_t]
    UR_DEVICE_INFO_PREFERRED_INTEROP_USER_SYNC = 74,   ///< [::ur_bool_t]
    UR_DEVICE_INFO_PARENT_DEVICE = 75,                 ///< [::ur_device_handle_t]
    UR_DEVICE_INFO_SUPPORTED_PARTITIONS = 76,          ///< [::ur_device_partition_t[]]
    UR_DEVICE_INFO_PARTITION_MAX_SUB_DEVICES = 77,     ///< [uint32_t]
    UR_DEVICE_INFO_PARTITION_AFFINITY_DOMAIN = 78,     ///< [::ur_device_affinity_domain_flags_t]
    UR_DEVICE_INFO_PARTITION_TYPE = 79,                ///< [::ur_device_partition_property_t[]]
    UR_DEVICE_INFO_MAX_NUM_SUB_GROUPS = 80,            ///< [uint32_t]
    UR_DEVICE_INFO_SUB_GROUP_INDEPENDENT_FORWARD_PROGRESS = 81, ///< [::ur_bool_t]
    UR_DEVICE_INFO_SUB_GROUP_SIZES_INTEL = 82,                  ///< [uint32_t[]]
    UR_DEVICE_INFO_USM_HOST_SUPPORT = 83,          ///< [::ur_device_usm_access_capability_flags_t]
    UR_DEVICE_INFO_USM_DEVICE_SUPPORT = 84,        ///< [::ur_device_usm_access_capability_flags_t]
    UR_DEVICE_INFO_USM_SINGLE_SHARED_SUPPORT = 85, ///< [::ur_device_usm_access_capability_flags_t]
    UR_DEVICE_INFO_USM_CROSS_SHARED_SUPPORT = 86,  ///< [::ur_device_usm_access_capability_flags_t]
    UR_DEVICE_INFO_USM_SYSTEM_SHARED_SUPPORT = 87, ///< [::ur_device_usm_access_capability_flags_t]
    UR_DEVICE_INFO_UUID = 88,                      ///< [uint8_t[]] optional-query
    UR_DEVICE_INFO_PCI_ADDRESS = 89,               ///< [char[]] optional-query
    UR_DEVICE_INFO_GPU_EU_COUNT = 90,              ///< [uint32_t] optional-query
    UR_DEVICE_INFO_GPU_EU_SIMD_WIDTH = 91,         ///< [uint32_t] optional-query
    UR_DEVICE_INFO_GPU_EU_SLICES = 92,             ///< [uint32_t] optional-query
    UR_DEVICE_INFO_GPU_EU_COUNT_PER_SUBSLICE = 93, ///< [uint32_t] optional-query
    UR_DEVICE_INFO_GPU_SUBSLICES_PER_SLICE = 94,   ///< [uint32_t] optional-query
    UR_DEVICE_INFO_GPU_HW_THREADS_PER_EU = 95,     ///< [uint32_t] optional-query
    UR_DEVICE_INFO_MAX_MEMORY_BANDWIDTH = 96,      ///< [uint64_t] optional-query
    UR_DEVICE_INFO_IMAGE_SRGB = 97,                ///< [::ur_bool_t]
    UR_DEVICE_INFO_BUILD_ON_SUBDEVICE = 98,        ///< [::ur_bool_t]
    UR_DEVICE_INFO_ATOMIC_64 = 99,                 ///< [::ur_bool_t]
    UR_DEVICE_INFO_ATOMIC_MEMORY_ORDER_CAPABILITIES =
        100, ///< [::ur_memory_order_capability_flags_t]
    UR_DEVICE_INFO_ATOMIC_MEMORY_SCOPE_CAPABILITIES =
        101, ///< [::ur_memory_scope_capability_flags_t]
    UR_DEVICE_INFO_ATOMIC_FENCE_ORDER_CAPABILITIES =
        102, ///< [::ur_memory_order_capability_flags_t]
    UR_DEVICE_INFO_ATOMIC_FENCE_SCOPE_CAPABILITIES =
        103,                       ///< [::ur_memory_scope_capability_flags_t]
    UR_DEVICE_INFO_BFLOAT16 = 104, ///< [::ur_bool_t] Deprecated; kept for its value.
    UR_DEVICE_INFO_MAX_COMPUTE_QUEUE_INDICES = 105,           ///< [uint32_t]
    UR_DEVICE_INFO_KERNEL_SET_SPECIALIZATION_CONSTANTS = 106, ///< [::ur_bool_t]
    UR_DEVICE_INFO_MEMORY_BUS_WIDTH = 107,                    ///< [uint32_t] optional-query
    UR_DEVICE_INFO_MAX_WORK_GROUPS_3D = 108,
    UR_DEVICE_INFO_ASYNC_BARRIER = 109,                ///< [::ur_bool_t]
    UR_DEVICE_INFO_MEM_CHANNEL_SUPPORT = 110,          ///< [::ur_bool_t]
    UR_DEVICE_INFO_HOST_PIPE_READ_WRITE_SUPPORT = 111, ///< [::ur_bool_t]
    UR_DEVICE_INFO_MAX_REGISTERS_PER_WORK_GROUP = 112, ///< [uint32_t] optional-query
    UR_DEVICE_INFO_IP_VERSION = 113,                   ///< [uint32_t] optional-query
    UR_DEVICE_INFO_VIRTUAL_MEMORY_SUPPORT = 114,       ///< [::ur_bool_t]
    UR_DEVICE_INFO_ESIMD_SUPPORT = 115,                ///< [::ur_bool_t]
    UR_DEVICE_INFO_COMPONENT_DEVICES = 116,            ///< [::ur_device_handle_t[]] optional-query
    UR_DEVICE_INFO_COMPOSITE_DEVICE = 117,             ///< [::ur_device_handle_t] optional-query
    UR_DEVICE_INFO_GLOBAL_VARIABLE_SUPPORT = 118,      ///< [::ur_bool_t]
    UR_DEVICE_INFO_USM_POOL_SUPPORT = 119,             ///< [::ur_bool_t]
    UR_DEVICE_INFO_NUM_COMPUTE_UNITS = 120,            ///< [uint32_t]
    UR_DEVICE_INFO_PROGRAM_SET_SPECIALIZATION_CONSTANTS = 121, ///< [::ur_bool_t]
    UR_DEVICE_INFO_USE_NATIVE_ASSERT = 122,                    ///< [::ur_bool_t]
    UR_DEVICE_INFO_CURRENT_CLOCK_THROTTLE_REASONS =
        123,                              ///< [::ur_device_throttle_reasons_flags_t] optional-query
    UR_DEVICE_INFO_FAN_SPEED = 124,       ///< [int32_t] optional-query
    UR_DEVICE_INFO_MIN_POWER_LIMIT = 125, ///< [int32_t] optional-query
    UR_DEVICE_INFO_MAX_POWER_LIMIT = 126, ///< [int32_t] optional-query
    UR_DEVICE_INFO_BFLOAT16_CONVERSIONS_NATIVE = 127, ///< [::ur_bool_t]
    UR_DEVICE_INFO_KERNEL_LAUNCH_CAPABILITIES = 128,  ///< [::ur_kernel_launch_properties_flags_t]
    UR_DEVICE_INFO_LUID = 129,                        ///< [uint8_t[]] optional-query
    UR_DEVICE_INFO_NODE_MASK = 130,                   ///< [uint32_t] optional-query
    UR_DEVICE_INFO_PREFERRED_VECTOR_WIDTH_LONG_LONG = 131, ///< [uint32_t]
    UR_DEVICE_INFO_NATIVE_VECTOR_WIDTH_LONG_LONG = 132,    ///< [uint32_t]
    UR_DEVICE_INFO_MAX_WORK_GROUPS = 133,                  ///< [size_t]
    UR_DEVICE_INFO_XE_STACK_COUNT = 134,                   ///< [uint32_t] optional-query
    UR_DEVICE_INFO_XE_REGIONS_PER_STACK = 135,             ///< [uint32_t] optional-query
    UR_DEVICE_INFO_XE_CLUSTERS_PER_REGION = 136,           ///< [uint32_t] optional-query
    UR_DEVICE_INFO_XE_CORES_PER_CLUSTER = 137,             ///< [uint32_t] optional-query
    UR_DEVICE_INFO_EUS_PER_XE_CORE = 138,                  ///< [uint32_t] optional-query
    UR_DEVICE_INFO_MAX_LANES_PER_HW_THREAD = 139,          ///< [uint32_t] optional-query
    UR_DEVICE_INFO_COMMAND_BUFFER_SUPPORT_EXP = 0x1000,    ///< [::ur_bool_t]
    UR_DEVICE_INFO_COMMAND_BUFFER_UPDATE_CAPABILITIES_EXP =
        0x1001, ///< [::ur_device_command_buffer_update_capability_flags_t]
    UR_DEVICE_INFO_COMMAND_BUFFER_EVENT_SUPPORT_EXP = 0x1002,                ///< [::ur_bool_t]
    UR_DEVICE_INFO_COMMAND_BUFFER_SUBGRAPH_SUPPORT_EXP = 0x1003,             ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_IMAGES_SUPPORT_EXP = 0x2000,                     ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_IMAGES_SHARED_USM_SUPPORT_EXP = 0x2001,          ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_IMAGES_1D_USM_SUPPORT_EXP = 0x2002,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_IMAGES_2D_USM_SUPPORT_EXP = 0x2003,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_IMAGE_PITCH_ALIGN_EXP = 0x2004,                           ///< [uint32_t]
    UR_DEVICE_INFO_MAX_IMAGE_LINEAR_WIDTH_EXP = 0x2005,                      ///< [size_t]
    UR_DEVICE_INFO_MAX_IMAGE_LINEAR_HEIGHT_EXP = 0x2006,                     ///< [size_t]
    UR_DEVICE_INFO_MAX_IMAGE_LINEAR_PITCH_EXP = 0x2007,                      ///< [size_t]
    UR_DEVICE_INFO_MIPMAP_SUPPORT_EXP = 0x2008,                              ///< [::ur_bool_t]
    UR_DEVICE_INFO_MIPMAP_ANISOTROPY_SUPPORT_EXP = 0x2009,                   ///< [::ur_bool_t]
    UR_DEVICE_INFO_MIPMAP_MAX_ANISOTROPY_EXP = 0x200A,                       ///< [uint32_t]
    UR_DEVICE_INFO_MIPMAP_LEVEL_REFERENCE_SUPPORT_EXP = 0x200B,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_EXTERNAL_MEMORY_IMPORT_SUPPORT_EXP = 0x200C,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_EXTERNAL_SEMAPHORE_IMPORT_SUPPORT_EXP = 0x200E,           ///< [::ur_bool_t]
    UR_DEVICE_INFO_CUBEMAP_SUPPORT_EXP = 0x2010,                             ///< [::ur_bool_t]
    UR_DEVICE_INFO_CUBEMAP_SEAMLESS_FILTERING_SUPPORT_EXP = 0x2011,          ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_SAMPLED_IMAGE_FETCH_1D_USM_SUPPORT_EXP = 0x2012, ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_SAMPLED_IMAGE_FETCH_1D_SUPPORT_EXP = 0x2013,     ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_SAMPLED_IMAGE_FETCH_2D_USM_SUPPORT_EXP = 0x2014, ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_SAMPLED_IMAGE_FETCH_2D_SUPPORT_EXP = 0x2015,     ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_SAMPLED_IMAGE_FETCH_3D_SUPPORT_EXP = 0x2017,     ///< [::ur_bool_t]
    UR_DEVICE_INFO_TIMESTAMP_RECORDING_SUPPORT_EXP = 0x2018,                 ///< [::ur_bool_t]
    UR_DEVICE_INFO_IMAGE_ARRAY_SUPPORT_EXP = 0x2019,                         ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_UNIQUE_ADDRESSING_PER_DIM_SUPPORT_EXP = 0x201A,  ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_SAMPLE_1D_USM_SUPPORT_EXP = 0x201B,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_SAMPLE_2D_USM_SUPPORT_EXP = 0x201C,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_BINDLESS_IMAGES_GATHER_SUPPORT_EXP = 0x201D,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_ENQUEUE_NATIVE_COMMAND_SUPPORT_EXP = 0x2020,              ///< [::ur_bool_t]
    UR_DEVICE_INFO_LOW_POWER_EVENTS_SUPPORT_EXP = 0x2021,                    ///< [::ur_bool_t]
    UR_DEVICE_INFO_2D_BLOCK_ARRAY_CAPABILITIES_EXP =
        0x2022, ///< [::ur_exp_device_2d_block_array_capability_flags_t]
    UR_DEVICE_INFO_IPC_MEMORY_SUPPORT_EXP = 0x2023,                  ///< [::ur_bool_t]
    UR_DEVICE_INFO_IPC_PHYSICAL_MEMORY_SUPPORT_EXP = 0x2024,         ///< [::ur_bool_t]
    UR_DEVICE_INFO_REUSABLE_EVENTS_SUPPORT_EXP = 0x2025,             ///< [::ur_bool_t]
    UR_DEVICE_INFO_IPC_EVENT_SUPPORT_EXP = 0x2026,                   ///< [::ur_bool_t]
    UR_DEVICE_INFO_ASYNC_USM_ALLOCATIONS_SUPPORT_EXP = 0x2050,       ///< [::ur_bool_t]
    UR_DEVICE_INFO_CLOCK_SUB_GROUP_SUPPORT_EXP = 0x2060,             ///< [::ur_bool_t]
    UR_DEVICE_INFO_CLOCK_WORK_GROUP_SUPPORT_EXP = 0x2061,            ///< [::ur_bool_t]
    UR_DEVICE_INFO_CLOCK_DEVICE_SUPPORT_EXP = 0x2062,                ///< [::ur_bool_t]
    UR_DEVICE_INFO_IS_INTEGRATED_GPU = 0x2070,                       ///< [::ur_bool_t]
    UR_DEVICE_INFO_GRAPH_RECORD_AND_REPLAY_SUPPORT_EXP = 0x2080,     ///< [::ur_bool_t]
    UR_DEVICE_INFO_USM_HOST_ALLOC_REGISTER_SUPPORT_EXP = 0x2090,     ///< [::ur_bool_t]
    UR_DEVICE_INFO_PER_EVENT_PROFILING_SUPPORT_EXP = 0x20A0,         ///< [::ur_bool_t]
    UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP = 0x4000,                     ///< [::ur_bool_t]
    UR_DEVICE_INFO_MULTI_DEVICE_COMPILE_SUPPORT_EXP = 0x6000,        ///< [::ur_bool_t]
    UR_DEVICE_INFO_DEVICE_WAIT_SUPPORT_EXP = 0x6002,                 ///< [::ur_bool_t]
    UR_DEVICE_INFO_DYNAMIC_LINK_SUPPORT_EXP = 0x6003,                ///< [::ur_bool_t]
    UR_DEVICE_INFO_USM_CONTEXT_MEMCPY_SUPPORT_EXP = 0x7000,          ///< [::ur_bool_t]
    UR_DEVICE_INFO_MEMORY_EXPORT_EXPORTABLE_DEVICE_MEM_EXP = 0x8000, ///< [::ur_bool_t]
    UR_DEVICE_INFO_ENQUEUE_HOST_TASK_SUPPORT_EXP = 0x9000,           ///< [::ur_bool_t]
    /// @cond
    UR_DEVICE_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_info_t;

/** @brief USM access capabilities. */
typedef uint32_t ur_device_usm_access_capability_flags_t;
typedef enum ur_device_usm_access_capability_flag_t {
    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ACCESS = UR_BIT(0),
    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_ACCESS = UR_BIT(1),
    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_CONCURRENT_ACCESS = UR_BIT(2),
    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_ATOMIC_CONCURRENT_ACCESS = UR_BIT(3),
    /// @cond
    UR_DEVICE_USM_ACCESS_CAPABILITY_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_usm_access_capability_flag_t;
#define UR_DEVICE_USM_ACCESS_CAPABILITY_FLAGS_MASK 0xfffffff0

/** @brief IGCA (Intel Graphics Compute Architecture) feature set; a device implements exactly one.
 */
typedef enum ur_device_igca_feature_set_t {
    UR_DEVICE_IGCA_FEATURE_SET_RENDER = 0,  ///< the render feature set (a client GPU)
    UR_DEVICE_IGCA_FEATURE_SET_COMPUTE = 1, ///< the compute feature set (a datacenter GPU)
    /// @cond
    UR_DEVICE_IGCA_FEATURE_SET_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_igca_feature_set_t;

/** @brief Native device creation properties. */
typedef struct ur_device_native_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_device_native_properties_t;

/** @brief Context creation flags. */
typedef uint32_t ur_context_flags_t;
typedef enum ur_context_flag_t {
    UR_CONTEXT_FLAG_TBD = UR_BIT(0),
    /// @cond
    UR_CONTEXT_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_context_flag_t;
#define UR_CONTEXT_FLAGS_MASK 0xfffffffe

/** @brief Context creation properties. */
typedef struct ur_context_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    ur_context_flags_t flags;  ///< [in] context creation flags
} ur_context_properties_t;

/** @brief Context information. */
typedef enum ur_context_info_t {
    UR_CONTEXT_INFO_NUM_DEVICES = 0,          ///< [uint32_t]
    UR_CONTEXT_INFO_DEVICES = 1,              ///< [::ur_device_handle_t[]]
    UR_CONTEXT_INFO_REFERENCE_COUNT = 2,      ///< [uint32_t]
    UR_CONTEXT_INFO_USM_MEMCPY2D_SUPPORT = 3, ///< [::ur_bool_t]
    UR_CONTEXT_INFO_USM_FILL2D_SUPPORT = 4,   ///< [::ur_bool_t]
    /// @cond
    UR_CONTEXT_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_context_info_t;

/** @brief Native context creation properties. */
typedef struct ur_context_native_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_context_native_properties_t;

/** @brief Context extended deleter callback. */
typedef void (*ur_context_extended_deleter_t)(void *pUserData);

/** @brief USM allocation type. */
typedef enum ur_usm_type_t {
    UR_USM_TYPE_UNKNOWN = 0,
    UR_USM_TYPE_HOST = 1,
    UR_USM_TYPE_DEVICE = 2,
    UR_USM_TYPE_SHARED = 3,
    /// @cond
    UR_USM_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_usm_type_t;

/** @brief USM allocation information. */
typedef enum ur_usm_alloc_info_t {
    UR_USM_ALLOC_INFO_TYPE = 0,     ///< [::ur_usm_type_t]
    UR_USM_ALLOC_INFO_BASE_PTR = 1, ///< [void *]
    UR_USM_ALLOC_INFO_SIZE = 2,     ///< [size_t]
    UR_USM_ALLOC_INFO_DEVICE = 3,   ///< [::ur_device_handle_t]
    UR_USM_ALLOC_INFO_POOL = 4,     ///< [::ur_usm_pool_handle_t] optional-query
    /// @cond
    UR_USM_ALLOC_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_usm_alloc_info_t;

/** @brief USM host memory property flags. */
typedef uint32_t ur_usm_host_mem_flags_t;
typedef enum ur_usm_host_mem_flag_t {
    UR_USM_HOST_MEM_FLAG_INITIAL_PLACEMENT = UR_BIT(0),
    /// @cond
    UR_USM_HOST_MEM_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_usm_host_mem_flag_t;
#define UR_USM_HOST_MEM_FLAGS_MASK 0xfffffffe

/** @brief USM device memory property flags. */
typedef uint32_t ur_usm_device_mem_flags_t;
typedef enum ur_usm_device_mem_flag_t {
    UR_USM_DEVICE_MEM_FLAG_WRITE_COMBINED = UR_BIT(0),
    UR_USM_DEVICE_MEM_FLAG_INITIAL_PLACEMENT = UR_BIT(1),
    UR_USM_DEVICE_MEM_FLAG_DEVICE_READ_ONLY = UR_BIT(2),
    /// @cond
    UR_USM_DEVICE_MEM_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_usm_device_mem_flag_t;
#define UR_USM_DEVICE_MEM_FLAGS_MASK 0xfffffff8

/** @brief USM memory advice. */
typedef uint32_t ur_usm_advice_flags_t;
typedef enum ur_usm_advice_flag_t {
    UR_USM_ADVICE_FLAG_DEFAULT = UR_BIT(0),
    UR_USM_ADVICE_FLAG_SET_READ_MOSTLY = UR_BIT(1),
    UR_USM_ADVICE_FLAG_CLEAR_READ_MOSTLY = UR_BIT(2),
    UR_USM_ADVICE_FLAG_SET_PREFERRED_LOCATION = UR_BIT(3),
    UR_USM_ADVICE_FLAG_CLEAR_PREFERRED_LOCATION = UR_BIT(4),
    UR_USM_ADVICE_FLAG_SET_NON_ATOMIC_MOSTLY = UR_BIT(5),
    UR_USM_ADVICE_FLAG_CLEAR_NON_ATOMIC_MOSTLY = UR_BIT(6),
    UR_USM_ADVICE_FLAG_BIAS_CACHED = UR_BIT(7),
    UR_USM_ADVICE_FLAG_BIAS_UNCACHED = UR_BIT(8),
    UR_USM_ADVICE_FLAG_SET_ACCESSED_BY_DEVICE = UR_BIT(9),
    UR_USM_ADVICE_FLAG_CLEAR_ACCESSED_BY_DEVICE = UR_BIT(10),
    UR_USM_ADVICE_FLAG_SET_ACCESSED_BY_HOST = UR_BIT(11),
    UR_USM_ADVICE_FLAG_CLEAR_ACCESSED_BY_HOST = UR_BIT(12),
    UR_USM_ADVICE_FLAG_SET_PREFERRED_LOCATION_HOST = UR_BIT(13),
    UR_USM_ADVICE_FLAG_CLEAR_PREFERRED_LOCATION_HOST = UR_BIT(14),
    UR_USM_ADVICE_FLAG_SET_NON_COHERENT_MEMORY = UR_BIT(15),
    UR_USM_ADVICE_FLAG_CLEAR_NON_COHERENT_MEMORY = UR_BIT(16),
    /// @cond
    UR_USM_ADVICE_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_usm_advice_flag_t;
#define UR_USM_ADVICE_FLAGS_MASK 0xfffe0000

/** @brief USM pool flags. */
typedef uint32_t ur_usm_pool_flags_t;
typedef enum ur_usm_pool_flag_t {
    UR_USM_POOL_FLAG_ZERO_INITIALIZE_BLOCK = UR_BIT(0),      ///< allocations start zeroed
    UR_USM_POOL_FLAG_USE_NATIVE_MEMORY_POOL_EXP = UR_BIT(1), ///< accepted, no effect in urpeer
    UR_USM_POOL_FLAG_READ_ONLY_EXP = UR_BIT(2),              ///< hint; no effect in urpeer
    /// @cond
    UR_USM_POOL_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_usm_pool_flag_t;
#define UR_USM_POOL_FLAGS_MASK 0xfffffff8

/** @brief USM allocation descriptor. */
typedef struct ur_usm_desc_t {
    ur_structure_type_t stype;   ///< [in] type of this structure
    const void *pNext;           ///< [in][optional] pointer to extension-specific structure
    ur_usm_advice_flags_t hints; ///< [in] memory advice hints
    uint32_t align;              ///< [in] alignment: zero or a power of 2
} ur_usm_desc_t;

/** @brief USM host allocation descriptor (in the pNext chain of ::ur_usm_desc_t). */
typedef struct ur_usm_host_desc_t {
    ur_structure_type_t stype;     ///< [in] type of this structure
    const void *pNext;             ///< [in][optional] pointer to extension-specific structure
    ur_usm_host_mem_flags_t flags; ///< [in] host allocation flags
} ur_usm_host_desc_t;

/** @brief USM device allocation descriptor (in the pNext chain of ::ur_usm_desc_t). */
typedef struct ur_usm_device_desc_t {
    ur_structure_type_t stype;       ///< [in] type of this structure
    const void *pNext;               ///< [in][optional] pointer to extension-specific structure
    ur_usm_device_mem_flags_t flags; ///< [in] device allocation flags
} ur_usm_device_desc_t;

/** @brief USM allocation location (in the pNext chain of ::ur_usm_desc_t). */
typedef struct ur_usm_alloc_location_desc_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    uint32_t location;         ///< [in] ID of the global memory partition to allocate from
} ur_usm_alloc_location_desc_t;

/** @brief USM pool descriptor. */
typedef struct ur_usm_pool_desc_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    ur_usm_pool_flags_t flags; ///< [in] pool flags
} ur_usm_pool_desc_t;

/** @brief Queue property flags. */
typedef uint32_t ur_queue_flags_t;
typedef enum ur_queue_flag_t {
    UR_QUEUE_FLAG_OUT_OF_ORDER_EXEC_MODE_ENABLE = UR_BIT(0),
    UR_QUEUE_FLAG_PROFILING_ENABLE = UR_BIT(1),
    UR_QUEUE_FLAG_ON_DEVICE = UR_BIT(2),
    UR_QUEUE_FLAG_ON_DEVICE_DEFAULT = UR_BIT(3),
    UR_QUEUE_FLAG_DISCARD_EVENTS = UR_BIT(4),
    UR_QUEUE_FLAG_PRIORITY_LOW = UR_BIT(5),
    UR_QUEUE_FLAG_PRIORITY_HIGH = UR_BIT(6),
    UR_QUEUE_FLAG_SUBMISSION_BATCHED = UR_BIT(7),
    UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE = UR_BIT(8),
    UR_QUEUE_FLAG_USE_DEFAULT_STREAM = UR_BIT(9),
    UR_QUEUE_FLAG_SYNC_WITH_DEFAULT_STREAM = UR_BIT(10),
    UR_QUEUE_FLAG_LOW_POWER_EVENTS_SUPPORT_EXP = UR_BIT(11),
    /// @cond
    UR_QUEUE_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_queue_flag_t;
#define UR_QUEUE_FLAGS_MASK 0xfffff000

/** @brief Queue information. */
typedef enum ur_queue_info_t {
    UR_QUEUE_INFO_CONTEXT = 0,         ///< [::ur_context_handle_t]
    UR_QUEUE_INFO_DEVICE = 1,          ///< [::ur_device_handle_t]
    UR_QUEUE_INFO_DEVICE_DEFAULT = 2,  ///< [::ur_queue_handle_t]
    UR_QUEUE_INFO_FLAGS = 3,           ///< [::ur_queue_flags_t]
    UR_QUEUE_INFO_REFERENCE_COUNT = 4, ///< [uint32_t]
    UR_QUEUE_INFO_SIZE = 5,            ///< [uint32_t]
    UR_QUEUE_INFO_EMPTY = 6,           ///< [::ur_bool_t] optional-query
    /// @cond
    UR_QUEUE_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_queue_info_t;

/** @brief Queue creation properties. */
typedef struct ur_queue_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    ur_queue_flags_t flags;    ///< [in] queue creation flags
} ur_queue_properties_t;

/** @brief Queue index creation properties (in the pNext chain of ::ur_queue_properties_t). */
typedef struct ur_queue_index_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    uint32_t computeIndex;     ///< [in] compute index (sycl_ext_intel_queue_index)
} ur_queue_index_properties_t;

/** @brief Descriptor for ::urQueueGetNativeHandle and ::urQueueCreateWithNativeHandle. */
typedef struct ur_queue_native_desc_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    void *pNativeData;         ///< [in][optional] adapter-specific data needed to create the handle
} ur_queue_native_desc_t;

/** @brief Native queue creation properties. */
typedef struct ur_queue_native_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_queue_native_properties_t;

/** @brief Command type of an event. */
typedef enum ur_command_t {
    UR_COMMAND_KERNEL_LAUNCH = 0,
    UR_COMMAND_EVENTS_WAIT = 1,
    UR_COMMAND_EVENTS_WAIT_WITH_BARRIER = 2,
    UR_COMMAND_MEM_BUFFER_READ = 3,
    UR_COMMAND_MEM_BUFFER_WRITE = 4,
    UR_COMMAND_MEM_BUFFER_READ_RECT = 5,
    UR_COMMAND_MEM_BUFFER_WRITE_RECT = 6,
    UR_COMMAND_MEM_BUFFER_COPY = 7,
    UR_COMMAND_MEM_BUFFER_COPY_RECT = 8,
    UR_COMMAND_MEM_BUFFER_FILL = 9,
    UR_COMMAND_MEM_IMAGE_READ = 10,
    UR_COMMAND_MEM_IMAGE_WRITE = 11,
    UR_COMMAND_MEM_IMAGE_COPY = 12,
    UR_COMMAND_MEM_BUFFER_MAP = 14,
    UR_COMMAND_MEM_UNMAP = 16,
    UR_COMMAND_USM_FILL = 17,
    UR_COMMAND_USM_MEMCPY = 18,
    UR_COMMAND_USM_PREFETCH = 19,
    UR_COMMAND_USM_ADVISE = 20,
    UR_COMMAND_USM_FILL_2D = 21,
    UR_COMMAND_USM_MEMCPY_2D = 22,
    UR_COMMAND_DEVICE_GLOBAL_VARIABLE_WRITE = 23,
    UR_COMMAND_DEVICE_GLOBAL_VARIABLE_READ = 24,
    UR_COMMAND_READ_HOST_PIPE = 25,
    UR_COMMAND_WRITE_HOST_PIPE = 26,
    UR_COMMAND_ENQUEUE_COMMAND_BUFFER_EXP = 0x1000,
    UR_COMMAND_EXTERNAL_SEMAPHORE_WAIT_EXP = 0x2000,
    UR_COMMAND_EXTERNAL_SEMAPHORE_SIGNAL_EXP = 0x2001,
    UR_COMMAND_TIMESTAMP_RECORDING_EXP = 0x2002,
    UR_COMMAND_ENQUEUE_NATIVE_EXP = 0x2004,
    UR_COMMAND_ENQUEUE_USM_DEVICE_ALLOC_EXP = 0x2050,
    UR_COMMAND_ENQUEUE_USM_SHARED_ALLOC_EXP = 0x2051,
    UR_COMMAND_ENQUEUE_USM_HOST_ALLOC_EXP = 0x2052,
    UR_COMMAND_ENQUEUE_USM_FREE_EXP = 0x2053,
    UR_COMMAND_ENQUEUE_GRAPH_EXP = 0x2100,
    UR_COMMAND_HOST_TASK_EXP = 0x2200,
    /// @cond
    UR_COMMAND_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_command_t;

/** @brief Event status. */
typedef enum ur_event_status_t {
    UR_EVENT_STATUS_COMPLETE = 0,
    UR_EVENT_STATUS_RUNNING = 1,
    UR_EVENT_STATUS_SUBMITTED = 2,
    UR_EVENT_STATUS_QUEUED = 3,
    UR_EVENT_STATUS_ERROR = 4,
    /// @cond
    UR_EVENT_STATUS_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_event_status_t;

/** @brief Event information. */
typedef enum ur_event_info_t {
    UR_EVENT_INFO_COMMAND_QUEUE = 0,            ///< [::ur_queue_handle_t]
    UR_EVENT_INFO_CONTEXT = 1,                  ///< [::ur_context_handle_t]
    UR_EVENT_INFO_COMMAND_TYPE = 2,             ///< [::ur_command_t]
    UR_EVENT_INFO_COMMAND_EXECUTION_STATUS = 3, ///< [::ur_event_status_t]
    UR_EVENT_INFO_REFERENCE_COUNT = 4,          ///< [uint32_t]
    /// @cond
    UR_EVENT_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_event_info_t;

/** @brief Profiling information (device-counter nanoseconds). */
typedef enum ur_profiling_info_t {
    UR_PROFILING_INFO_COMMAND_QUEUED = 0,   ///< [uint64_t] optional-query
    UR_PROFILING_INFO_COMMAND_SUBMIT = 1,   ///< [uint64_t] optional-query
    UR_PROFILING_INFO_COMMAND_START = 2,    ///< [uint64_t] optional-query
    UR_PROFILING_INFO_COMMAND_END = 3,      ///< [uint64_t] optional-query
    UR_PROFILING_INFO_COMMAND_COMPLETE = 4, ///< [uint64_t] optional-query
    /// @cond
    UR_PROFILING_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_profiling_info_t;

/** @brief Native event creation properties. */
typedef struct ur_event_native_properties_t {
    ur_structure_type_t stype; ///< [in] type of this structure
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_event_native_properties_t;

/** @brief Peer access information (USM P2P extension). urpeer.h adds values from 0x7F000000. */
typedef enum ur_exp_peer_info_t {
    UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT = 0,  ///< [int]
    UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT = 1, ///< [int]
    /// @cond
    UR_EXP_PEER_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_peer_info_t;

/*
 * ---------------------------------------------------------------------------------------------
 * Types used only by functions outside urpeer's subset.
 *
 * They are declared so that code written against upstream compiles. Enumerators and layouts are
 * upstream's as far as they could be established from a v0.12 revision of upstream's header;
 * structs whose current upstream layout is not known here are declared but left incomplete (they
 * are only ever passed by pointer).
 * ---------------------------------------------------------------------------------------------
 */

/** @brief Device binary target identification strings (::ur_device_binary_t::pDeviceTargetSpec). */
#ifndef UR_DEVICE_BINARY_TARGET_UNKNOWN
#define UR_DEVICE_BINARY_TARGET_UNKNOWN "<unknown>"
#endif
#ifndef UR_DEVICE_BINARY_TARGET_SPIRV32
#define UR_DEVICE_BINARY_TARGET_SPIRV32 "spir"
#endif
#ifndef UR_DEVICE_BINARY_TARGET_SPIRV64
#define UR_DEVICE_BINARY_TARGET_SPIRV64 "spir64"
#endif
#ifndef UR_DEVICE_BINARY_TARGET_SPIRV64_X86_64
#define UR_DEVICE_BINARY_TARGET_SPIRV64_X86_64 "spir64_x86_64"
#endif
#ifndef UR_DEVICE_BINARY_TARGET_SPIRV64_GEN
#define UR_DEVICE_BINARY_TARGET_SPIRV64_GEN "spir64_gen"
#endif
#ifndef UR_DEVICE_BINARY_TARGET_SPIRV64_FPGA
#define UR_DEVICE_BINARY_TARGET_SPIRV64_FPGA "spir64_fpga"
#endif
#ifndef UR_DEVICE_BINARY_TARGET_NVPTX64
#define UR_DEVICE_BINARY_TARGET_NVPTX64 "nvptx64"
#endif
#ifndef UR_DEVICE_BINARY_TARGET_AMDGCN
#define UR_DEVICE_BINARY_TARGET_AMDGCN "amdgcn"
#endif
#ifndef UR_DEVICE_BINARY_TARGET_NATIVE_CPU
#define UR_DEVICE_BINARY_TARGET_NATIVE_CPU "native_cpu"
#endif

/** @brief Device binary type. */
typedef struct ur_device_binary_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_DEVICE_BINARY
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    const char
        *pDeviceTargetSpec; ///< [in] target architecture, e.g. ::UR_DEVICE_BINARY_TARGET_SPIRV64
} ur_device_binary_t;

/** @brief Floating-point capabilities (::UR_DEVICE_INFO_SINGLE_FP_CONFIG and others). */
typedef uint32_t ur_device_fp_capability_flags_t;
typedef enum ur_device_fp_capability_flag_t {
    UR_DEVICE_FP_CAPABILITY_FLAG_CORRECTLY_ROUNDED_DIVIDE_SQRT = UR_BIT(0),
    UR_DEVICE_FP_CAPABILITY_FLAG_ROUND_TO_NEAREST = UR_BIT(1),
    UR_DEVICE_FP_CAPABILITY_FLAG_ROUND_TO_ZERO = UR_BIT(2),
    UR_DEVICE_FP_CAPABILITY_FLAG_ROUND_TO_INF = UR_BIT(3),
    UR_DEVICE_FP_CAPABILITY_FLAG_INF_NAN = UR_BIT(4),
    UR_DEVICE_FP_CAPABILITY_FLAG_DENORM = UR_BIT(5),
    UR_DEVICE_FP_CAPABILITY_FLAG_FMA = UR_BIT(6),
    UR_DEVICE_FP_CAPABILITY_FLAG_SOFT_FLOAT = UR_BIT(7),
    /// @cond
    UR_DEVICE_FP_CAPABILITY_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_fp_capability_flag_t;
#define UR_DEVICE_FP_CAPABILITY_FLAGS_MASK 0xffffff00

/** @brief Device memory cache type. */
typedef enum ur_device_mem_cache_type_t {
    UR_DEVICE_MEM_CACHE_TYPE_NONE = 0,
    UR_DEVICE_MEM_CACHE_TYPE_READ_ONLY_CACHE = 1,
    UR_DEVICE_MEM_CACHE_TYPE_READ_WRITE_CACHE = 2,
    /// @cond
    UR_DEVICE_MEM_CACHE_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_mem_cache_type_t;

/** @brief Device local memory type. */
typedef enum ur_device_local_mem_type_t {
    UR_DEVICE_LOCAL_MEM_TYPE_NONE = 0,
    UR_DEVICE_LOCAL_MEM_TYPE_LOCAL = 1,
    UR_DEVICE_LOCAL_MEM_TYPE_GLOBAL = 2,
    /// @cond
    UR_DEVICE_LOCAL_MEM_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_local_mem_type_t;

/** @brief Device kernel execution capability. */
typedef uint32_t ur_device_exec_capability_flags_t;
typedef enum ur_device_exec_capability_flag_t {
    UR_DEVICE_EXEC_CAPABILITY_FLAG_KERNEL = UR_BIT(0),
    UR_DEVICE_EXEC_CAPABILITY_FLAG_NATIVE_KERNEL = UR_BIT(1),
    /// @cond
    UR_DEVICE_EXEC_CAPABILITY_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_exec_capability_flag_t;
#define UR_DEVICE_EXEC_CAPABILITY_FLAGS_MASK 0xfffffffc

/** @brief Memory order capabilities. */
typedef uint32_t ur_memory_order_capability_flags_t;
typedef enum ur_memory_order_capability_flag_t {
    UR_MEMORY_ORDER_CAPABILITY_FLAG_RELAXED = UR_BIT(0),
    UR_MEMORY_ORDER_CAPABILITY_FLAG_ACQUIRE = UR_BIT(1),
    UR_MEMORY_ORDER_CAPABILITY_FLAG_RELEASE = UR_BIT(2),
    UR_MEMORY_ORDER_CAPABILITY_FLAG_ACQ_REL = UR_BIT(3),
    UR_MEMORY_ORDER_CAPABILITY_FLAG_SEQ_CST = UR_BIT(4),
    /// @cond
    UR_MEMORY_ORDER_CAPABILITY_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_memory_order_capability_flag_t;
#define UR_MEMORY_ORDER_CAPABILITY_FLAGS_MASK 0xffffffe0

/** @brief Memory scope capabilities. */
typedef uint32_t ur_memory_scope_capability_flags_t;
typedef enum ur_memory_scope_capability_flag_t {
    UR_MEMORY_SCOPE_CAPABILITY_FLAG_WORK_ITEM = UR_BIT(0),
    UR_MEMORY_SCOPE_CAPABILITY_FLAG_SUB_GROUP = UR_BIT(1),
    UR_MEMORY_SCOPE_CAPABILITY_FLAG_WORK_GROUP = UR_BIT(2),
    UR_MEMORY_SCOPE_CAPABILITY_FLAG_DEVICE = UR_BIT(3),
    UR_MEMORY_SCOPE_CAPABILITY_FLAG_SYSTEM = UR_BIT(4),
    /// @cond
    UR_MEMORY_SCOPE_CAPABILITY_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_memory_scope_capability_flag_t;
#define UR_MEMORY_SCOPE_CAPABILITY_FLAGS_MASK 0xffffffe0

/** @brief Device affinity domain. */
typedef uint32_t ur_device_affinity_domain_flags_t;
typedef enum ur_device_affinity_domain_flag_t {
    UR_DEVICE_AFFINITY_DOMAIN_FLAG_NUMA = UR_BIT(0),
    UR_DEVICE_AFFINITY_DOMAIN_FLAG_L4_CACHE = UR_BIT(1),
    UR_DEVICE_AFFINITY_DOMAIN_FLAG_L3_CACHE = UR_BIT(2),
    UR_DEVICE_AFFINITY_DOMAIN_FLAG_L2_CACHE = UR_BIT(3),
    UR_DEVICE_AFFINITY_DOMAIN_FLAG_L1_CACHE = UR_BIT(4),
    UR_DEVICE_AFFINITY_DOMAIN_FLAG_NEXT_PARTITIONABLE = UR_BIT(5),
    /// @cond
    UR_DEVICE_AFFINITY_DOMAIN_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_affinity_domain_flag_t;
#define UR_DEVICE_AFFINITY_DOMAIN_FLAGS_MASK 0xffffffc0

/** @brief Partition type. */
typedef enum ur_device_partition_t {
    UR_DEVICE_PARTITION_EQUALLY = 0x1086,
    UR_DEVICE_PARTITION_BY_COUNTS = 0x1087,
    UR_DEVICE_PARTITION_BY_AFFINITY_DOMAIN = 0x1088,
    UR_DEVICE_PARTITION_BY_CSLICE = 0x1089,
    /// @cond
    UR_DEVICE_PARTITION_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_partition_t;

/** @brief Device partition value, tagged by ::ur_device_partition_property_t::type. */
typedef union ur_device_partition_value_t {
    uint32_t equally; ///< [in] compute units per sub-device (::UR_DEVICE_PARTITION_EQUALLY)
    uint32_t count;   ///< [in] compute units in a sub-device (::UR_DEVICE_PARTITION_BY_COUNTS)
    ur_device_affinity_domain_flags_t affinity_domain; ///< [in] affinity domain to partition for
} ur_device_partition_value_t;

/** @brief Device partition property. */
typedef struct ur_device_partition_property_t {
    ur_device_partition_t type;        ///< [in] the partitioning type
    ur_device_partition_value_t value; ///< [in][tagged_by(type)] the partitioning value
} ur_device_partition_property_t;

/** @brief Device partition properties. */
typedef struct ur_device_partition_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_DEVICE_PARTITION_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    const ur_device_partition_property_t *pProperties; ///< [in] the properties array
    size_t PropCount;                                  ///< [in] the length of pProperties
} ur_device_partition_properties_t;

/** @brief Memory flags. */
typedef uint32_t ur_mem_flags_t;
typedef enum ur_mem_flag_t {
    UR_MEM_FLAG_READ_WRITE = UR_BIT(0),
    UR_MEM_FLAG_WRITE_ONLY = UR_BIT(1),
    UR_MEM_FLAG_READ_ONLY = UR_BIT(2),
    UR_MEM_FLAG_USE_HOST_POINTER = UR_BIT(3),
    UR_MEM_FLAG_ALLOC_HOST_POINTER = UR_BIT(4),
    UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER = UR_BIT(5),
    /// @cond
    UR_MEM_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_mem_flag_t;
#define UR_MEM_FLAGS_MASK 0xffffffc0

/** @brief Memory object types. */
typedef enum ur_mem_type_t {
    UR_MEM_TYPE_IMAGE2D = 0,
    UR_MEM_TYPE_IMAGE3D = 1,
    UR_MEM_TYPE_IMAGE2D_ARRAY = 2,
    UR_MEM_TYPE_IMAGE1D = 3,
    UR_MEM_TYPE_IMAGE1D_ARRAY = 4,
    UR_MEM_TYPE_IMAGE_CUBEMAP_EXP = 0x2000,
    /// @cond
    UR_MEM_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_mem_type_t;

/** @brief Memory object information. */
typedef enum ur_mem_info_t {
    UR_MEM_INFO_SIZE = 0,            ///< [size_t]
    UR_MEM_INFO_CONTEXT = 1,         ///< [::ur_context_handle_t]
    UR_MEM_INFO_REFERENCE_COUNT = 2, ///< [uint32_t]
    /// @cond
    UR_MEM_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_mem_info_t;

/** @brief Image channel order. */
typedef enum ur_image_channel_order_t {
    UR_IMAGE_CHANNEL_ORDER_A = 0,
    UR_IMAGE_CHANNEL_ORDER_R = 1,
    UR_IMAGE_CHANNEL_ORDER_RG = 2,
    UR_IMAGE_CHANNEL_ORDER_RA = 3,
    UR_IMAGE_CHANNEL_ORDER_RGB = 4,
    UR_IMAGE_CHANNEL_ORDER_RGBA = 5,
    UR_IMAGE_CHANNEL_ORDER_BGRA = 6,
    UR_IMAGE_CHANNEL_ORDER_ARGB = 7,
    UR_IMAGE_CHANNEL_ORDER_ABGR = 8,
    UR_IMAGE_CHANNEL_ORDER_INTENSITY = 9,
    UR_IMAGE_CHANNEL_ORDER_LUMINANCE = 10,
    UR_IMAGE_CHANNEL_ORDER_RX = 11,
    UR_IMAGE_CHANNEL_ORDER_RGX = 12,
    UR_IMAGE_CHANNEL_ORDER_RGBX = 13,
    UR_IMAGE_CHANNEL_ORDER_SRGBA = 14,
    /// @cond
    UR_IMAGE_CHANNEL_ORDER_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_image_channel_order_t;

/** @brief Image channel type. */
typedef enum ur_image_channel_type_t {
    UR_IMAGE_CHANNEL_TYPE_SNORM_INT8 = 0,
    UR_IMAGE_CHANNEL_TYPE_SNORM_INT16 = 1,
    UR_IMAGE_CHANNEL_TYPE_UNORM_INT8 = 2,
    UR_IMAGE_CHANNEL_TYPE_UNORM_INT16 = 3,
    UR_IMAGE_CHANNEL_TYPE_UNORM_SHORT_565 = 4,
    UR_IMAGE_CHANNEL_TYPE_UNORM_SHORT_555 = 5,
    UR_IMAGE_CHANNEL_TYPE_INT_101010 = 6,
    UR_IMAGE_CHANNEL_TYPE_SIGNED_INT8 = 7,
    UR_IMAGE_CHANNEL_TYPE_SIGNED_INT16 = 8,
    UR_IMAGE_CHANNEL_TYPE_SIGNED_INT32 = 9,
    UR_IMAGE_CHANNEL_TYPE_UNSIGNED_INT8 = 10,
    UR_IMAGE_CHANNEL_TYPE_UNSIGNED_INT16 = 11,
    UR_IMAGE_CHANNEL_TYPE_UNSIGNED_INT32 = 12,
    UR_IMAGE_CHANNEL_TYPE_HALF_FLOAT = 13,
    UR_IMAGE_CHANNEL_TYPE_FLOAT = 14,
    /// @cond
    UR_IMAGE_CHANNEL_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_image_channel_type_t;

/** @brief Image information. */
typedef enum ur_image_info_t {
    UR_IMAGE_INFO_FORMAT = 0,       ///< [::ur_image_format_t]
    UR_IMAGE_INFO_ELEMENT_SIZE = 1, ///< [size_t]
    UR_IMAGE_INFO_ROW_PITCH = 2,    ///< [size_t]
    UR_IMAGE_INFO_SLICE_PITCH = 3,  ///< [size_t]
    UR_IMAGE_INFO_WIDTH = 4,        ///< [size_t]
    UR_IMAGE_INFO_HEIGHT = 5,       ///< [size_t]
    UR_IMAGE_INFO_DEPTH = 6,        ///< [size_t]
    /// @cond
    UR_IMAGE_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_image_info_t;

/** @brief Image format: channel layout and data type. */
typedef struct ur_image_format_t {
    ur_image_channel_order_t channelOrder; ///< [in] image channel order
    ur_image_channel_type_t channelType;   ///< [in] image channel type
} ur_image_format_t;

/** @brief Image descriptor. */
typedef struct ur_image_desc_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_IMAGE_DESC
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    ur_mem_type_t type;        ///< [in][nocheck] memory object type
    size_t width;              ///< [in] image width
    size_t height;             ///< [in] image height
    size_t depth;              ///< [in] image depth
    size_t arraySize;          ///< [in] image array size
    size_t rowPitch;           ///< [in] image row pitch
    size_t slicePitch;         ///< [in] image slice pitch
    uint32_t numMipLevel;      ///< [in] number of MIP levels
    uint32_t numSamples;       ///< [in] number of samples
} ur_image_desc_t;

/** @brief Buffer creation properties. */
typedef struct ur_buffer_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_BUFFER_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    void *pHost;               ///< [in][optional] pointer to the buffer data
} ur_buffer_properties_t;

/** @brief Buffer memory channel creation properties (in the pNext chain of
 * ::ur_buffer_properties_t). */
typedef struct ur_buffer_channel_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_BUFFER_CHANNEL_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    uint32_t channel;          ///< [in] channel/region the buffer should be mapped to
} ur_buffer_channel_properties_t;

/** @brief Buffer allocation location properties (in the pNext chain of ::ur_buffer_properties_t).
 */
typedef struct ur_buffer_alloc_location_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_BUFFER_ALLOC_LOCATION_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    uint32_t location;         ///< [in] ID of the global memory partition to allocate from
} ur_buffer_alloc_location_properties_t;

/** @brief Buffer region, used to describe a sub-buffer. */
typedef struct ur_buffer_region_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_BUFFER_REGION
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    size_t origin;             ///< [in] buffer origin offset
    size_t size;               ///< [in] size of the buffer region
} ur_buffer_region_t;

/** @brief Buffer creation type. */
typedef enum ur_buffer_create_type_t {
    UR_BUFFER_CREATE_TYPE_REGION = 0,
    /// @cond
    UR_BUFFER_CREATE_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_buffer_create_type_t;

/** @brief Native memory object creation properties. */
typedef struct ur_mem_native_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_MEM_NATIVE_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_mem_native_properties_t;

/** @brief Sampler filter mode. */
typedef enum ur_sampler_filter_mode_t {
    UR_SAMPLER_FILTER_MODE_NEAREST = 0,
    UR_SAMPLER_FILTER_MODE_LINEAR = 1,
    /// @cond
    UR_SAMPLER_FILTER_MODE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_sampler_filter_mode_t;

/** @brief Sampler addressing mode. */
typedef enum ur_sampler_addressing_mode_t {
    UR_SAMPLER_ADDRESSING_MODE_NONE = 0,
    UR_SAMPLER_ADDRESSING_MODE_CLAMP_TO_EDGE = 1,
    UR_SAMPLER_ADDRESSING_MODE_CLAMP = 2,
    UR_SAMPLER_ADDRESSING_MODE_REPEAT = 3,
    UR_SAMPLER_ADDRESSING_MODE_MIRRORED_REPEAT = 4,
    /// @cond
    UR_SAMPLER_ADDRESSING_MODE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_sampler_addressing_mode_t;

/** @brief Sampler information. */
typedef enum ur_sampler_info_t {
    UR_SAMPLER_INFO_REFERENCE_COUNT = 0,   ///< [uint32_t]
    UR_SAMPLER_INFO_CONTEXT = 1,           ///< [::ur_context_handle_t]
    UR_SAMPLER_INFO_NORMALIZED_COORDS = 2, ///< [::ur_bool_t]
    UR_SAMPLER_INFO_ADDRESSING_MODE = 3,   ///< [::ur_sampler_addressing_mode_t]
    UR_SAMPLER_INFO_FILTER_MODE = 4,       ///< [::ur_sampler_filter_mode_t]
    /// @cond
    UR_SAMPLER_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_sampler_info_t;

/** @brief Sampler description. */
typedef struct ur_sampler_desc_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_SAMPLER_DESC
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    bool normalizedCoords;     ///< [in] whether image coordinates are normalized
    ur_sampler_addressing_mode_t addressingMode; ///< [in] address mode
    ur_sampler_filter_mode_t filterMode;         ///< [in] filter mode
} ur_sampler_desc_t;

/** @brief Native sampler creation properties. */
typedef struct ur_sampler_native_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_SAMPLER_NATIVE_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_sampler_native_properties_t;

/** @brief USM migration flags. */
typedef uint32_t ur_usm_migration_flags_t;
typedef enum ur_usm_migration_flag_t {
    UR_USM_MIGRATION_FLAG_HOST_TO_DEVICE = UR_BIT(0), ///< migrate to the queue's device
    UR_USM_MIGRATION_FLAG_DEVICE_TO_HOST = UR_BIT(1), ///< migrate to the host
    UR_USM_MIGRATION_FLAG_DEFAULT = UR_BIT(0),        ///< older name of HOST_TO_DEVICE
    /// @cond
    UR_USM_MIGRATION_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_usm_migration_flag_t;
#define UR_USM_MIGRATION_FLAGS_MASK 0xfffffffc

/** @brief USM pool limits descriptor (in the pNext chain of ::ur_usm_pool_desc_t). */
typedef struct ur_usm_pool_limits_desc_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_USM_POOL_LIMITS_DESC
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    size_t maxPoolableSize;    ///< [in] allocations up to this size are pooled
    size_t minDriverAllocSize; ///< [in] minimum allocation size requested from the driver
} ur_usm_pool_limits_desc_t;

/** @brief USM pool information. */
typedef enum ur_usm_pool_info_t {
    UR_USM_POOL_INFO_REFERENCE_COUNT = 0, ///< [uint32_t]
    UR_USM_POOL_INFO_CONTEXT = 1,         ///< [::ur_context_handle_t]
    /// @cond
    UR_USM_POOL_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_usm_pool_info_t;

/** @brief Virtual memory granularity information. */
typedef enum ur_virtual_mem_granularity_info_t {
    UR_VIRTUAL_MEM_GRANULARITY_INFO_MINIMUM = 0x30100,     ///< [size_t]
    UR_VIRTUAL_MEM_GRANULARITY_INFO_RECOMMENDED = 0x30101, ///< [size_t]
    /// @cond
    UR_VIRTUAL_MEM_GRANULARITY_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_virtual_mem_granularity_info_t;

/** @brief Virtual memory access mode flags. */
typedef uint32_t ur_virtual_mem_access_flags_t;
typedef enum ur_virtual_mem_access_flag_t {
    UR_VIRTUAL_MEM_ACCESS_FLAG_NONE = UR_BIT(0),
    UR_VIRTUAL_MEM_ACCESS_FLAG_READ_WRITE = UR_BIT(1),
    UR_VIRTUAL_MEM_ACCESS_FLAG_READ_ONLY = UR_BIT(2),
    /// @cond
    UR_VIRTUAL_MEM_ACCESS_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_virtual_mem_access_flag_t;
#define UR_VIRTUAL_MEM_ACCESS_FLAGS_MASK 0xfffffff8

/** @brief Virtual memory range information. */
typedef enum ur_virtual_mem_info_t {
    UR_VIRTUAL_MEM_INFO_ACCESS_MODE = 0, ///< [::ur_virtual_mem_access_flags_t]
    /// @cond
    UR_VIRTUAL_MEM_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_virtual_mem_info_t;

/** @brief Physical memory creation flags (newer upstream revisions add more bits). */
typedef uint32_t ur_physical_mem_flags_t;
typedef enum ur_physical_mem_flag_t {
    UR_PHYSICAL_MEM_FLAG_TBD = UR_BIT(0),
    /// @cond
    UR_PHYSICAL_MEM_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_physical_mem_flag_t;
/** @brief Bit mask for validating ::ur_physical_mem_flags_t (upstream's value). */
#define UR_PHYSICAL_MEM_FLAGS_MASK 0xfffffffe

/** @brief Physical memory creation properties. */
typedef struct ur_physical_mem_properties_t {
    ur_structure_type_t stype;     ///< [in] ::UR_STRUCTURE_TYPE_PHYSICAL_MEM_PROPERTIES
    void *pNext;                   ///< [in,out][optional] pointer to extension-specific structure
    ur_physical_mem_flags_t flags; ///< [in] physical memory creation flags
} ur_physical_mem_properties_t;

/** @brief Physical memory information. */
typedef enum ur_physical_mem_info_t {
    UR_PHYSICAL_MEM_INFO_CONTEXT = 0,         ///< [::ur_context_handle_t]
    UR_PHYSICAL_MEM_INFO_DEVICE = 1,          ///< [::ur_device_handle_t]
    UR_PHYSICAL_MEM_INFO_SIZE = 2,            ///< [size_t]
    UR_PHYSICAL_MEM_INFO_PROPERTIES = 3,      ///< [::ur_physical_mem_properties_t]
    UR_PHYSICAL_MEM_INFO_REFERENCE_COUNT = 4, ///< [uint32_t]
    /// @cond
    UR_PHYSICAL_MEM_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_physical_mem_info_t;

/** @brief Program metadata property type. */
typedef enum ur_program_metadata_type_t {
    UR_PROGRAM_METADATA_TYPE_UINT32 = 0,
    UR_PROGRAM_METADATA_TYPE_UINT64 = 1,
    UR_PROGRAM_METADATA_TYPE_BYTE_ARRAY = 2,
    UR_PROGRAM_METADATA_TYPE_STRING = 3,
    /// @cond
    UR_PROGRAM_METADATA_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_program_metadata_type_t;

/** @brief Program metadata value. */
typedef union ur_program_metadata_value_t {
    uint32_t data32; ///< [in] ::UR_PROGRAM_METADATA_TYPE_UINT32
    uint64_t data64; ///< [in] ::UR_PROGRAM_METADATA_TYPE_UINT64
    char *pString;   ///< [in] ::UR_PROGRAM_METADATA_TYPE_STRING
    void *pData;     ///< [in] ::UR_PROGRAM_METADATA_TYPE_BYTE_ARRAY
} ur_program_metadata_value_t;

/** @brief Program metadata property. */
typedef struct ur_program_metadata_t {
    const char *pName;                 ///< [in] NUL-terminated metadata name
    ur_program_metadata_type_t type;   ///< [in] the type of the value
    size_t size;                       ///< [in] size of value.pData, or 0
    ur_program_metadata_value_t value; ///< [in][tagged_by(type)] the value
} ur_program_metadata_t;

/** @brief Program creation properties. */
typedef struct ur_program_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_PROGRAM_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    uint32_t count;            ///< [in] the number of entries in pMetadatas
    const ur_program_metadata_t *pMetadatas; ///< [in][optional][range(0,count)] metadata entries
} ur_program_properties_t;

/** @brief Program object information. */
typedef enum ur_program_info_t {
    UR_PROGRAM_INFO_REFERENCE_COUNT = 0, ///< [uint32_t]
    UR_PROGRAM_INFO_CONTEXT = 1,         ///< [::ur_context_handle_t]
    UR_PROGRAM_INFO_NUM_DEVICES = 2,     ///< [uint32_t]
    UR_PROGRAM_INFO_DEVICES = 3,         ///< [::ur_device_handle_t[]]
    UR_PROGRAM_INFO_IL = 4,              ///< [char[]]
    UR_PROGRAM_INFO_BINARY_SIZES = 5,    ///< [size_t[]]
    UR_PROGRAM_INFO_BINARIES = 6,        ///< [unsigned char[]]
    UR_PROGRAM_INFO_NUM_KERNELS = 7,     ///< [size_t]
    UR_PROGRAM_INFO_KERNEL_NAMES = 8,    ///< [char[]]
    /// @cond
    UR_PROGRAM_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_program_info_t;

/** @brief Program build status. */
typedef enum ur_program_build_status_t {
    UR_PROGRAM_BUILD_STATUS_NONE = 0,
    UR_PROGRAM_BUILD_STATUS_ERROR = 1,
    UR_PROGRAM_BUILD_STATUS_SUCCESS = 2,
    UR_PROGRAM_BUILD_STATUS_IN_PROGRESS = 3,
    /// @cond
    UR_PROGRAM_BUILD_STATUS_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_program_build_status_t;

/** @brief Program binary type. */
typedef enum ur_program_binary_type_t {
    UR_PROGRAM_BINARY_TYPE_NONE = 0,
    UR_PROGRAM_BINARY_TYPE_COMPILED_OBJECT = 1,
    UR_PROGRAM_BINARY_TYPE_LIBRARY = 2,
    UR_PROGRAM_BINARY_TYPE_EXECUTABLE = 3,
    /// @cond
    UR_PROGRAM_BINARY_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_program_binary_type_t;

/** @brief Program build information. */
typedef enum ur_program_build_info_t {
    UR_PROGRAM_BUILD_INFO_STATUS = 0,      ///< [::ur_program_build_status_t]
    UR_PROGRAM_BUILD_INFO_OPTIONS = 1,     ///< [char[]]
    UR_PROGRAM_BUILD_INFO_LOG = 2,         ///< [char[]]
    UR_PROGRAM_BUILD_INFO_BINARY_TYPE = 3, ///< [::ur_program_binary_type_t]
    /// @cond
    UR_PROGRAM_BUILD_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_program_build_info_t;

/** @brief Specialization constant information. */
typedef struct ur_specialization_constant_info_t {
    uint32_t id;        ///< [in] specialization constant id
    size_t size;        ///< [in] size of the value
    const void *pValue; ///< [in] pointer to the value bytes
} ur_specialization_constant_info_t;

/** @brief Native program creation properties. */
typedef struct ur_program_native_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_PROGRAM_NATIVE_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_program_native_properties_t;

/** @brief Kernel object information (newer upstream revisions may add values). */
typedef enum ur_kernel_info_t {
    UR_KERNEL_INFO_FUNCTION_NAME = 0,   ///< [char[]]
    UR_KERNEL_INFO_NUM_ARGS = 1,        ///< [uint32_t]
    UR_KERNEL_INFO_REFERENCE_COUNT = 2, ///< [uint32_t]
    UR_KERNEL_INFO_CONTEXT = 3,         ///< [::ur_context_handle_t]
    UR_KERNEL_INFO_PROGRAM = 4,         ///< [::ur_program_handle_t]
    UR_KERNEL_INFO_ATTRIBUTES = 5,      ///< [char[]]
    UR_KERNEL_INFO_NUM_REGS = 6,        ///< [uint32_t]
    /// @cond
    UR_KERNEL_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_kernel_info_t;

/** @brief Kernel work-group information. */
typedef enum ur_kernel_group_info_t {
    UR_KERNEL_GROUP_INFO_GLOBAL_WORK_SIZE = 0,                   ///< [size_t[3]]
    UR_KERNEL_GROUP_INFO_WORK_GROUP_SIZE = 1,                    ///< [size_t]
    UR_KERNEL_GROUP_INFO_COMPILE_WORK_GROUP_SIZE = 2,            ///< [size_t[3]]
    UR_KERNEL_GROUP_INFO_LOCAL_MEM_SIZE = 3,                     ///< [size_t]
    UR_KERNEL_GROUP_INFO_PREFERRED_WORK_GROUP_SIZE_MULTIPLE = 4, ///< [size_t]
    UR_KERNEL_GROUP_INFO_PRIVATE_MEM_SIZE = 5,                   ///< [size_t]
    UR_KERNEL_GROUP_INFO_COMPILE_MAX_WORK_GROUP_SIZE = 6,        ///< [size_t[3]]
    UR_KERNEL_GROUP_INFO_COMPILE_MAX_LINEAR_WORK_GROUP_SIZE = 7, ///< [size_t]
    /// @cond
    UR_KERNEL_GROUP_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_kernel_group_info_t;

/** @brief Kernel sub-group information. */
typedef enum ur_kernel_sub_group_info_t {
    UR_KERNEL_SUB_GROUP_INFO_MAX_SUB_GROUP_SIZE = 0,     ///< [uint32_t]
    UR_KERNEL_SUB_GROUP_INFO_MAX_NUM_SUB_GROUPS = 1,     ///< [uint32_t]
    UR_KERNEL_SUB_GROUP_INFO_COMPILE_NUM_SUB_GROUPS = 2, ///< [uint32_t]
    UR_KERNEL_SUB_GROUP_INFO_SUB_GROUP_SIZE_INTEL = 3,   ///< [uint32_t]
    /// @cond
    UR_KERNEL_SUB_GROUP_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_kernel_sub_group_info_t;

/** @brief Kernel cache configuration. */
typedef enum ur_kernel_cache_config_t {
    UR_KERNEL_CACHE_CONFIG_DEFAULT = 0,
    UR_KERNEL_CACHE_CONFIG_LARGE_SLM = 1,
    UR_KERNEL_CACHE_CONFIG_LARGE_DATA = 2,
    /// @cond
    UR_KERNEL_CACHE_CONFIG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_kernel_cache_config_t;

/** @brief Kernel execution information. */
typedef enum ur_kernel_exec_info_t {
    UR_KERNEL_EXEC_INFO_USM_INDIRECT_ACCESS = 0, ///< [::ur_bool_t]
    UR_KERNEL_EXEC_INFO_USM_PTRS = 1,            ///< [void *[]]
    UR_KERNEL_EXEC_INFO_CACHE_CONFIG = 2,        ///< [::ur_kernel_cache_config_t]
    /// @cond
    UR_KERNEL_EXEC_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_kernel_exec_info_t;

/** @brief Properties for ::urKernelSetExecInfo. */
typedef struct ur_kernel_exec_info_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_KERNEL_EXEC_INFO_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
} ur_kernel_exec_info_properties_t;

/** @brief Properties for setting a kernel value argument. */
typedef struct ur_kernel_arg_value_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_KERNEL_ARG_VALUE_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
} ur_kernel_arg_value_properties_t;

/** @brief Properties for setting a kernel local-memory argument. */
typedef struct ur_kernel_arg_local_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_KERNEL_ARG_LOCAL_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
} ur_kernel_arg_local_properties_t;

/** @brief Properties for setting a kernel USM pointer argument. */
typedef struct ur_kernel_arg_pointer_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_KERNEL_ARG_POINTER_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
} ur_kernel_arg_pointer_properties_t;

/** @brief Properties for setting a kernel sampler argument. */
typedef struct ur_kernel_arg_sampler_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_KERNEL_ARG_SAMPLER_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
} ur_kernel_arg_sampler_properties_t;

/** @brief Properties for setting a kernel memory-object argument. */
typedef struct ur_kernel_arg_mem_obj_properties_t {
    ur_structure_type_t stype;   ///< [in] ::UR_STRUCTURE_TYPE_KERNEL_ARG_MEM_OBJ_PROPERTIES
    void *pNext;                 ///< [in,out][optional] pointer to extension-specific structure
    ur_mem_flags_t memoryAccess; ///< [in] memory access flag
} ur_kernel_arg_mem_obj_properties_t;

/** @brief Native kernel creation properties. */
typedef struct ur_kernel_native_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_KERNEL_NATIVE_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    bool isNativeHandleOwned;  ///< [in] whether UR takes ownership of the native handle
} ur_kernel_native_properties_t;

/** @brief Kernel launch extension properties (layout not established here). */
typedef struct ur_kernel_launch_ext_properties_t ur_kernel_launch_ext_properties_t;

/** @brief Map flags. */
typedef uint32_t ur_map_flags_t;
typedef enum ur_map_flag_t {
    UR_MAP_FLAG_READ = UR_BIT(0),
    UR_MAP_FLAG_WRITE = UR_BIT(1),
    UR_MAP_FLAG_WRITE_INVALIDATE_REGION = UR_BIT(2),
    /// @cond
    UR_MAP_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_map_flag_t;
#define UR_MAP_FLAGS_MASK 0xfffffff8

/** @brief Event states for callbacks. */
typedef enum ur_execution_info_t {
    UR_EXECUTION_INFO_COMPLETE = 0,
    UR_EXECUTION_INFO_RUNNING = 1,
    UR_EXECUTION_INFO_SUBMITTED = 2,
    UR_EXECUTION_INFO_QUEUED = 3,
    /// @cond
    UR_EXECUTION_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_execution_info_t;

/** @brief Event callback function that can be registered by the application. */
typedef void (*ur_event_callback_t)(ur_event_handle_t hEvent, ur_execution_info_t execStatus,
                                    void *pUserData);

/* ---- experimental extensions (outside the subset) ---- */

/** @brief Intel GPU 2D block array capabilities (::UR_DEVICE_INFO_2D_BLOCK_ARRAY_CAPABILITIES_EXP).
 */
typedef uint32_t ur_exp_device_2d_block_array_capability_flags_t;
typedef enum ur_exp_device_2d_block_array_capability_flag_t {
    UR_EXP_DEVICE_2D_BLOCK_ARRAY_CAPABILITY_FLAG_LOAD = UR_BIT(0),
    UR_EXP_DEVICE_2D_BLOCK_ARRAY_CAPABILITY_FLAG_STORE = UR_BIT(1),
    /// @cond
    UR_EXP_DEVICE_2D_BLOCK_ARRAY_CAPABILITY_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_device_2d_block_array_capability_flag_t;
#define UR_EXP_DEVICE_2D_BLOCK_ARRAY_CAPABILITY_FLAGS_MASK 0xfffffffc

/** @brief Image copy direction flags (newer upstream revisions may add bits). */
typedef uint32_t ur_exp_image_copy_flags_t;
typedef enum ur_exp_image_copy_flag_t {
    UR_EXP_IMAGE_COPY_FLAG_HOST_TO_DEVICE = UR_BIT(0),
    UR_EXP_IMAGE_COPY_FLAG_DEVICE_TO_HOST = UR_BIT(1),
    UR_EXP_IMAGE_COPY_FLAG_DEVICE_TO_DEVICE = UR_BIT(2),
    /// @cond
    UR_EXP_IMAGE_COPY_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_image_copy_flag_t;

/** @brief Image copy input types (enumerators not established here). */
typedef enum ur_exp_image_copy_input_types_t {
    /// @cond
    UR_EXP_IMAGE_COPY_INPUT_TYPES_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_image_copy_input_types_t;

/** @brief Image memory handle type (enumerators not established here). */
typedef enum ur_exp_image_mem_type_t {
    /// @cond
    UR_EXP_IMAGE_MEM_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_image_mem_type_t;

/** @brief Sampler cubemap seamless filtering mode. */
typedef enum ur_exp_sampler_cubemap_filter_mode_t {
    UR_EXP_SAMPLER_CUBEMAP_FILTER_MODE_DISJOINTED = 0,
    UR_EXP_SAMPLER_CUBEMAP_FILTER_MODE_SEAMLESS = 1,
    /// @cond
    UR_EXP_SAMPLER_CUBEMAP_FILTER_MODE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_sampler_cubemap_filter_mode_t;

/** @brief External memory handle type (newer upstream revisions may add values). */
typedef enum ur_exp_external_mem_type_t {
    UR_EXP_EXTERNAL_MEM_TYPE_OPAQUE_FD = 0,
    UR_EXP_EXTERNAL_MEM_TYPE_WIN32_NT = 1,
    UR_EXP_EXTERNAL_MEM_TYPE_WIN32_NT_DX12_RESOURCE = 2,
    /// @cond
    UR_EXP_EXTERNAL_MEM_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_external_mem_type_t;

/** @brief External semaphore handle type (newer upstream revisions may add values). */
typedef enum ur_exp_external_semaphore_type_t {
    UR_EXP_EXTERNAL_SEMAPHORE_TYPE_OPAQUE_FD = 0,
    UR_EXP_EXTERNAL_SEMAPHORE_TYPE_WIN32_NT = 1,
    UR_EXP_EXTERNAL_SEMAPHORE_TYPE_WIN32_NT_DX12_FENCE = 2,
    /// @cond
    UR_EXP_EXTERNAL_SEMAPHORE_TYPE_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_external_semaphore_type_t;

/** @brief File descriptor (in the pNext chain of the external memory/semaphore descriptors). */
typedef struct ur_exp_file_descriptor_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_FILE_DESCRIPTOR
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    int fd;                    ///< [in] a file descriptor
} ur_exp_file_descriptor_t;

/** @brief Windows file handle. */
typedef struct ur_exp_win32_handle_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_WIN32_HANDLE
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    void *handle;              ///< [in] a win32 handle
} ur_exp_win32_handle_t;

/** @brief Windows named object: an NT object name of a shareable Win32 object, opened by the
 *         adapter. */
typedef struct ur_exp_win32_name_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_WIN32_NAME
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    const void *name;          ///< [in] NT object name (null-terminated wide string)
} ur_exp_win32_name_t;

/** @brief Mipmap sampler properties (in the pNext chain of ::ur_sampler_desc_t). */
typedef struct ur_exp_sampler_mip_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_SAMPLER_MIP_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    float minMipmapLevelClamp; ///< [in] minimum mipmap level
    float maxMipmapLevelClamp; ///< [in] maximum mipmap level
    float maxAnisotropy;       ///< [in] anisotropic ratio
    ur_sampler_filter_mode_t mipFilterMode; ///< [in] filter mode between mipmap levels
} ur_exp_sampler_mip_properties_t;

/** @brief Sampler addressing mode per dimension (in the pNext chain of ::ur_sampler_desc_t). */
typedef struct ur_exp_sampler_addr_modes_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_SAMPLER_ADDR_MODES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    ur_sampler_addressing_mode_t addrModes[3]; ///< [in] address mode per dimension
} ur_exp_sampler_addr_modes_t;

/** @brief Cubemap sampler properties (in the pNext chain of ::ur_sampler_desc_t). */
typedef struct ur_exp_sampler_cubemap_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_SAMPLER_CUBEMAP_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    ur_exp_sampler_cubemap_filter_mode_t cubemapFilterMode; ///< [in] seamless filtering mode
} ur_exp_sampler_cubemap_properties_t;

/** @brief External memory descriptor. */
typedef struct ur_exp_external_mem_desc_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_EXTERNAL_MEM_DESC
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
} ur_exp_external_mem_desc_t;

/** @brief External semaphore descriptor. */
typedef struct ur_exp_external_semaphore_desc_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_EXTERNAL_SEMAPHORE_DESC
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
} ur_exp_external_semaphore_desc_t;

/** @brief Image copy (sub-)regions and extent. */
typedef struct ur_exp_image_copy_region_t {
    ur_structure_type_t stype;   ///< [in] ::UR_STRUCTURE_TYPE_EXP_IMAGE_COPY_REGION
    const void *pNext;           ///< [in][optional] pointer to extension-specific structure
    ur_rect_offset_t srcOffset;  ///< [in] offset into the source image
    ur_rect_offset_t dstOffset;  ///< [in] offset into the destination image
    ur_rect_region_t copyExtent; ///< [in] extent of the region to copy
} ur_exp_image_copy_region_t;

/** @brief User-declared image pitch (in the pNext chain of ::ur_image_desc_t). */
typedef struct ur_exp_image_user_pitch_desc_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_IMAGE_USER_PITCH_DESC
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    size_t rowPitch;           ///< [in] user-declared row pitch, in bytes
    size_t slicePitch;         ///< [in] user-declared slice pitch, in bytes
} ur_exp_image_user_pitch_desc_t;

/** @brief Command-buffer update capabilities
 * (::UR_DEVICE_INFO_COMMAND_BUFFER_UPDATE_CAPABILITIES_EXP). */
typedef uint32_t ur_device_command_buffer_update_capability_flags_t;
typedef enum ur_device_command_buffer_update_capability_flag_t {
    UR_DEVICE_COMMAND_BUFFER_UPDATE_CAPABILITY_FLAG_KERNEL_ARGUMENTS = UR_BIT(0),
    UR_DEVICE_COMMAND_BUFFER_UPDATE_CAPABILITY_FLAG_LOCAL_WORK_SIZE = UR_BIT(1),
    UR_DEVICE_COMMAND_BUFFER_UPDATE_CAPABILITY_FLAG_GLOBAL_WORK_SIZE = UR_BIT(2),
    UR_DEVICE_COMMAND_BUFFER_UPDATE_CAPABILITY_FLAG_GLOBAL_WORK_OFFSET = UR_BIT(3),
    UR_DEVICE_COMMAND_BUFFER_UPDATE_CAPABILITY_FLAG_KERNEL_HANDLE = UR_BIT(4),
    UR_DEVICE_COMMAND_BUFFER_UPDATE_CAPABILITY_FLAG_EVENTS = UR_BIT(5),
    /// @cond
    UR_DEVICE_COMMAND_BUFFER_UPDATE_CAPABILITY_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_device_command_buffer_update_capability_flag_t;
#define UR_DEVICE_COMMAND_BUFFER_UPDATE_CAPABILITY_FLAGS_MASK 0xffffffc0

/** @brief Command-buffer information. */
typedef enum ur_exp_command_buffer_info_t {
    UR_EXP_COMMAND_BUFFER_INFO_REFERENCE_COUNT = 0, ///< [uint32_t]
    UR_EXP_COMMAND_BUFFER_INFO_DESCRIPTOR = 1,      ///< [::ur_exp_command_buffer_desc_t]
    /// @cond
    UR_EXP_COMMAND_BUFFER_INFO_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_command_buffer_info_t;

/** @brief Command-buffer descriptor. */
typedef struct ur_exp_command_buffer_desc_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_COMMAND_BUFFER_DESC
    const void *pNext;         ///< [in][optional] pointer to extension-specific structure
    ur_bool_t isUpdatable;     ///< [in] commands can be updated after finalization
    ur_bool_t isInOrder;       ///< [in] commands may execute in order without explicit dependencies
    ur_bool_t enableProfiling; ///< [in] profiling is enabled
} ur_exp_command_buffer_desc_t;

/** @brief Command-buffer kernel launch update descriptor (layout not established here). */
typedef struct ur_exp_command_buffer_update_kernel_launch_desc_t
    ur_exp_command_buffer_update_kernel_launch_desc_t;

/** @brief Extended enqueue flags. */
typedef uint32_t ur_exp_enqueue_ext_flags_t;
typedef enum ur_exp_enqueue_ext_flag_t {
    UR_EXP_ENQUEUE_EXT_FLAG_LOW_POWER_EVENTS = UR_BIT(11),
    UR_EXP_ENQUEUE_EXT_FLAG_LOW_POWER_EVENTS_SUPPORT = UR_BIT(11), ///< upstream's name
    /// @cond
    UR_EXP_ENQUEUE_EXT_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_enqueue_ext_flag_t;
#define UR_EXP_ENQUEUE_EXT_FLAGS_MASK 0xfffff7ff

/** @brief Extended enqueue properties. */
typedef struct ur_exp_enqueue_ext_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_ENQUEUE_EXT_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    ur_exp_enqueue_ext_flags_t flags; ///< [in] extended enqueue flags
} ur_exp_enqueue_ext_properties_t;

/** @brief Native enqueue flags. */
typedef uint32_t ur_exp_enqueue_native_command_flags_t;
typedef enum ur_exp_enqueue_native_command_flag_t {
    UR_EXP_ENQUEUE_NATIVE_COMMAND_FLAG_TBD = UR_BIT(0),
    /// @cond
    UR_EXP_ENQUEUE_NATIVE_COMMAND_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_enqueue_native_command_flag_t;
#define UR_EXP_ENQUEUE_NATIVE_COMMAND_FLAGS_MASK 0xfffffffe

/** @brief Native enqueue properties. */
typedef struct ur_exp_enqueue_native_command_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_ENQUEUE_NATIVE_COMMAND_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    ur_exp_enqueue_native_command_flags_t flags; ///< [in] native enqueue flags
} ur_exp_enqueue_native_command_properties_t;

/** @brief Function enqueueing work through the native API, executed immediately. */
typedef void (*ur_exp_enqueue_native_command_function_t)(ur_queue_handle_t hQueue, void *pUserData);

/** @brief Function recording a native command into a command-buffer. */
typedef void (*ur_exp_command_buffer_native_command_function_t)(void *pUserData);

/** @brief Host task function. */
typedef void (*ur_exp_host_task_function_t)(void *pUserData);

/** @brief Graph destruction callback. */
typedef void (*ur_exp_graph_destruction_callback_t)(void *pUserData);

/** @brief Program flags of the multi-device compile extension (bits not established here). */
typedef uint32_t ur_exp_program_flags_t;
/** @brief Bit mask for validating ::ur_exp_program_flags_t (upstream's value). */
#define UR_EXP_PROGRAM_FLAGS_MASK 0xfffffffe

/* Structs of newer experimental extensions whose layout is not established here (declared,
 * incomplete; only passed by pointer). */
typedef struct ur_exp_async_usm_alloc_properties_t ur_exp_async_usm_alloc_properties_t;
typedef struct ur_exp_host_task_properties_t ur_exp_host_task_properties_t;
typedef struct ur_exp_kernel_arg_properties_t ur_exp_kernel_arg_properties_t;

/** @brief USM host memory registration flags. */
typedef uint32_t ur_exp_usm_host_alloc_register_flags_t;
typedef enum ur_exp_usm_host_alloc_register_flag_t {
    UR_EXP_USM_HOST_ALLOC_REGISTER_FLAG_READ_ONLY = UR_BIT(0), ///< device access is read-only
    /// @cond
    UR_EXP_USM_HOST_ALLOC_REGISTER_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_usm_host_alloc_register_flag_t;
#define UR_EXP_USM_HOST_ALLOC_REGISTER_FLAGS_MASK 0xfffffffe

/** @brief USM host memory registration properties. */
typedef struct ur_exp_usm_host_alloc_register_properties_t {
    ur_structure_type_t stype; ///< [in] ::UR_STRUCTURE_TYPE_EXP_USM_HOST_ALLOC_REGISTER_PROPERTIES
    void *pNext;               ///< [in,out][optional] pointer to extension-specific structure
    ur_exp_usm_host_alloc_register_flags_t flags; ///< [in] host memory registration flags
} ur_exp_usm_host_alloc_register_properties_t;

/** @brief Reusable event creation flags. */
typedef uint32_t ur_exp_event_flags_t;
typedef enum ur_exp_event_flag_t {
    UR_EXP_EVENT_FLAG_ENABLE_PROFILING = UR_BIT(0), ///< the event captures start/end timestamps
    UR_EXP_EVENT_FLAG_IPC_EXP = UR_BIT(1), ///< the event can be shared with other processes
    /// @cond
    UR_EXP_EVENT_FLAG_FORCE_UINT32 = 0x7fffffff
    /// @endcond
} ur_exp_event_flag_t;
#define UR_EXP_EVENT_FLAGS_MASK 0xfffffffc

/** @brief Descriptor of a reusable event (::urEventCreateExp). */
typedef struct ur_exp_event_desc_t {
    ur_structure_type_t stype;  ///< [in] ::UR_STRUCTURE_TYPE_EXP_EVENT_DESC
    const void *pNext;          ///< [in][optional] pointer to extension-specific structure
    ur_exp_event_flags_t flags; ///< [in] combination of event creation flags
} ur_exp_event_desc_t;

/**
 * @brief Create a loader config object.
 *
 * @param[out] phLoaderConfig pointer to the handle of the loader config object created.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phLoaderConfig`
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urLoaderConfigCreate(ur_loader_config_handle_t *phLoaderConfig);

/**
 * @brief Get a reference to the loader config object.
 *
 * @details
 *     - Increments the reference count of the loader config handle.
 *     - The application may call this function from simultaneous threads.
 *
 * @param[in] hLoaderConfig loader config handle to retain.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hLoaderConfig`
 */
UR_APIEXPORT ur_result_t UR_APICALL urLoaderConfigRetain(ur_loader_config_handle_t hLoaderConfig);

/**
 * @brief Release a loader config handle.
 *
 * @details
 *     - Decrements the reference count and destroys the config when it reaches zero.
 *     - The application may call this function from simultaneous threads.
 *
 * @param[in] hLoaderConfig config handle to release.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hLoaderConfig`
 */
UR_APIEXPORT ur_result_t UR_APICALL urLoaderConfigRelease(ur_loader_config_handle_t hLoaderConfig);

/**
 * @brief Enable a layer for the specified loader config.
 *
 * @details
 *     - The name is looked up in the list returned by ::UR_LOADER_CONFIG_INFO_AVAILABLE_LAYERS.
 *
 * @param[in] hLoaderConfig handle of the config object the layer will be enabled for.
 * @param[in] pLayerName NUL-terminated name of the layer to enable.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pLayerName`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hLoaderConfig`
 *     - ::UR_RESULT_ERROR_LAYER_NOT_PRESENT
 *         + If the layer specified with `pLayerName` can't be found by the loader.
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL
urLoaderConfigEnableLayer(ur_loader_config_handle_t hLoaderConfig, const char *pLayerName);

/**
 * @brief Initialize the loader.
 *
 * @details
 *     - Must be called before any other function; until then the other functions return
 *       ::UR_RESULT_ERROR_UNINITIALIZED.
 *     - May be called several times; each call takes a reference that ::urLoaderTearDown drops.
 * Only the first call's configuration is used while the loader is alive.
 *     - Returns ::UR_RESULT_SUCCESS even when no adapter could be loaded; ::urAdapterGet then
 *       reports 0 adapters.
 *     - The application may call this function from simultaneous threads.
 *
 * @param[in] device_flags device initialization flags: 0 (default) or a combination of
 *        ::ur_device_init_flag_t.
 * @param[in][optional] hLoaderConfig handle of a loader config object.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_DEVICE_INIT_FLAGS_MASK & device_flags`
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urLoaderInit(ur_device_init_flags_t device_flags,
                                                 ur_loader_config_handle_t hLoaderConfig);

/**
 * @brief Tear down the loader and release all its resources.
 *
 * @details
 *     - Drops the reference taken by one ::urLoaderInit; the loader is torn down when the last
 *       reference goes.
 *     - Returns ::UR_RESULT_ERROR_UNINITIALIZED if the loader is not initialized.
 *
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urLoaderTearDown(void);

/**
 * @brief Retrieves all available adapters.
 *
 * @details
 *     - Each returned adapter handle has its reference count incremented and should be released
 * with
 *       ::urAdapterRelease.
 *     - The application may call this function several times to take more references.
 *
 * @param[in] NumEntries the number of adapters to be added to phAdapters. If phAdapters is not
 *        NULL, NumEntries must be greater than zero.
 * @param[out][optional] phAdapters array of adapter handles, NumEntries long. If NumEntries is
 *        less than the number of adapters available, only that many are returned.
 * @param[out][optional] pNumAdapters returns the total number of adapters available.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `NumEntries == 0 && phAdapters != NULL`
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urAdapterGet(uint32_t NumEntries,
                                                 ur_adapter_handle_t *phAdapters,
                                                 uint32_t *pNumAdapters);

/**
 * @brief Releases the adapter handle reference indicating end of its usage.
 *
 * @details
 *     - When the reference count reaches zero, objects associated with the adapter should be
 *       considered invalid.
 *
 * @param[in] hAdapter adapter handle to release.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 */
UR_APIEXPORT ur_result_t UR_APICALL urAdapterRelease(ur_adapter_handle_t hAdapter);

/**
 * @brief Get a reference to the adapter handle.
 *
 * @param[in] hAdapter adapter handle to retain.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 */
UR_APIEXPORT ur_result_t UR_APICALL urAdapterRetain(ur_adapter_handle_t hAdapter);

/**
 * @brief Get the last adapter-specific error.
 *
 * @details
 *     - To be used after another entry point returned ::UR_RESULT_ERROR_ADAPTER_SPECIFIC (urpeer
 *       also records the native code and message of other driver failures).
 *     - The message and error code are thread-local; the string is owned by the library and
 *       NUL-terminated.
 *     - The application may call this function from simultaneous threads.
 *
 * @param[in] hAdapter handle of the adapter instance.
 * @param[out] ppMessage pointer to a C string where the adapter-specific error message will be
 *        stored.
 * @param[out] pError pointer to an integer where the adapter-specific error code will be stored.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppMessage`
 *         + `NULL == pError`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 */
UR_APIEXPORT ur_result_t UR_APICALL urAdapterGetLastError(ur_adapter_handle_t hAdapter,
                                                          const char **ppMessage, int32_t *pError);

/**
 * @brief Retrieves information about the adapter.
 *
 * @details
 *     - The application may call this function from simultaneous threads.
 *
 * @param[in] hAdapter handle of the adapter.
 * @param[in] propName type of the info to retrieve.
 * @param[in] propSize the number of bytes pointed to by pPropValue.
 * @param[out][optional] pPropValue array of bytes holding the info; its type is selected by
 *        propName. If propSize is less than the number of bytes needed,
 *        UR_RESULT_ERROR_INVALID_SIZE is returned and pPropValue is not written.
 * @param[out][optional] pPropSizeRet the number of bytes needed for propName.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_ADAPTER_INFO_VERSION < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *         + If `propSize` is less than the real number of bytes needed to return the info.
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
 *         + If `propName` is not supported by the adapter.
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urAdapterGetInfo(ur_adapter_handle_t hAdapter,
                                                     ur_adapter_info_t propName, size_t propSize,
                                                     void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Retrieves all available platforms of the given adapter.
 *
 * @details
 *     - Multiple calls return identical platform handles, in the same order.
 *     - Platform handles are owned by the adapter and are not reference counted.
 *     - The application may call this function from simultaneous threads.
 *
 * @remarks
 *   _Analogues_
 *     - **clGetPlatformIDs**
 *
 * @param[in] hAdapter adapter to query for platforms.
 * @param[in] NumEntries the number of platforms to be added to phPlatforms. If phPlatforms is not
 *        NULL, NumEntries must be greater than zero.
 * @param[out][optional] phPlatforms array of platform handles, NumEntries long.
 * @param[out][optional] pNumPlatforms returns the total number of platforms available.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `NumEntries == 0 && phPlatforms != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *         + `pNumPlatforms == NULL && phPlatforms == NULL`
 */
UR_APIEXPORT ur_result_t UR_APICALL urPlatformGet(ur_adapter_handle_t hAdapter, uint32_t NumEntries,
                                                  ur_platform_handle_t *phPlatforms,
                                                  uint32_t *pNumPlatforms);

/**
 * @brief Retrieves various information about a platform.
 *
 * @details
 *     - Values of ::ur_platform_info_t start at 1.
 *     - The application may call this function from simultaneous threads.
 *
 * @remarks
 *   _Analogues_
 *     - **clGetPlatformInfo**
 *
 * @param[in] hPlatform handle of the platform.
 * @param[in] propName type of the info to retrieve.
 * @param[in] propSize the number of bytes pointed to by pPropValue.
 * @param[out][optional] pPropValue array of bytes holding the info; its type is selected by
 *        propName. If propSize is less than the number of bytes needed,
 *        UR_RESULT_ERROR_INVALID_SIZE is returned and pPropValue is not written.
 * @param[out][optional] pPropSizeRet the number of bytes needed for propName.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPlatform`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_PLATFORM_INFO_ADAPTER < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *         + If `propSize` is less than the real number of bytes needed to return the info.
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
 *         + If `propName` is not supported by the adapter.
 *     - ::UR_RESULT_ERROR_INVALID_PLATFORM
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urPlatformGetInfo(ur_platform_handle_t hPlatform,
                                                      ur_platform_info_t propName, size_t propSize,
                                                      void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Returns the API version supported by the specified platform.
 *
 * @param[in] hPlatform handle of the platform.
 * @param[out] pVersion API version.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pVersion`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPlatform`
 */
UR_APIEXPORT ur_result_t UR_APICALL urPlatformGetApiVersion(ur_platform_handle_t hPlatform,
                                                            ur_api_version_t *pVersion);

/**
 * @brief Return the native handle of a platform.
 *
 * @details
 *     - The native handle can be used for direct interaction with the native driver.
 *
 * @param[in] hPlatform handle of the platform.
 * @param[out] phNativePlatform a pointer to the native handle of the platform.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativePlatform`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPlatform`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + If the adapter has no underlying equivalent handle.
 */
UR_APIEXPORT ur_result_t UR_APICALL urPlatformGetNativeHandle(ur_platform_handle_t hPlatform,
                                                              ur_native_handle_t *phNativePlatform);

/**
 * @brief Retrieves devices within a platform.
 *
 * @details
 *     - Multiple calls return identical device handles, in the same order.
 *     - The application may call this function from simultaneous threads.
 *
 * @remarks
 *   _Analogues_
 *     - **clGetDeviceIDs**
 *
 * @param[in] hPlatform handle of the platform instance.
 * @param[in] DeviceType the type of the devices.
 * @param[in] NumEntries the number of devices to be added to phDevices. If phDevices is not NULL,
 *        NumEntries must be greater than zero.
 * @param[out][optional] phDevices array of device handles, NumEntries long.
 * @param[out][optional] pNumDevices returns the total number of devices available.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NumEntries > 0 && phDevices == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPlatform`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_DEVICE_TYPE_CUSTOM < DeviceType`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `NumEntries == 0 && phDevices != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceGet(ur_platform_handle_t hPlatform,
                                                ur_device_type_t DeviceType, uint32_t NumEntries,
                                                ur_device_handle_t *phDevices,
                                                uint32_t *pNumDevices);

/**
 * @brief Retrieves various information about a device.
 *
 * @details
 *     - ::UR_DEVICE_INFO_USM_P2P_SUPPORT_EXP returns a ::ur_bool_t (1 byte): true on every adapter
 *       that implements the USM P2P functions.
 *     - The application may call this function from simultaneous threads.
 *
 * @remarks
 *   _Analogues_
 *     - **clGetDeviceInfo**
 *
 * @param[in] hDevice handle of the device instance.
 * @param[in] propName type of the info to retrieve.
 * @param[in] propSize the number of bytes pointed to by pPropValue.
 * @param[out][optional] pPropValue array of bytes holding the info; its type is selected by
 *        propName. If propSize is less than the number of bytes needed,
 *        UR_RESULT_ERROR_INVALID_SIZE is returned and pPropValue is not written.
 * @param[out][optional] pPropSizeRet the number of bytes needed for propName.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_DEVICE_INFO_ENQUEUE_HOST_TASK_SUPPORT_EXP < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *         + If `propSize` is less than the real number of bytes needed to return the info.
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
 *         + If `propName` is not supported by the adapter.
 *     - ::UR_RESULT_ERROR_INVALID_DEVICE
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceGetInfo(ur_device_handle_t hDevice,
                                                    ur_device_info_t propName, size_t propSize,
                                                    void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Makes a reference of the device handle indicating it's in use until paired
 * ::urDeviceRelease is called.
 *
 * @details
 *     - Changes the reference count only for sub-devices; for root devices (from ::urDeviceGet) it
 *       remains unchanged.
 *
 * @remarks
 *   _Analogues_
 *     - **clRetainDevice**
 *
 * @param[in] hDevice handle of the device to get a reference of.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceRetain(ur_device_handle_t hDevice);

/**
 * @brief Releases the device handle reference indicating end of its usage.
 *
 * @details
 *     - Changes the reference count only for sub-devices; for root devices (from ::urDeviceGet) it
 *       remains unchanged.
 *
 * @remarks
 *   _Analogues_
 *     - **clReleaseDevice**
 *
 * @param[in] hDevice handle of the device to release.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceRelease(ur_device_handle_t hDevice);

/**
 * @brief Return the native handle of a device.
 *
 * @details
 *     - For CUDA and HIP this is the device ordinal; for Level Zero the ze_device_handle_t.
 *
 * @param[in] hDevice handle of the device.
 * @param[out] phNativeDevice a pointer to the native handle of the device.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativeDevice`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + If the adapter has no underlying equivalent handle.
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceGetNativeHandle(ur_device_handle_t hDevice,
                                                            ur_native_handle_t *phNativeDevice);

/**
 * @brief Creates a context with the given devices.
 *
 * @details
 *     - All devices should be from the same platform.
 *     - The returned context is a reference and must be released with ::urContextRelease.
 *     - The application may call this function from simultaneous threads.
 *
 * @remarks
 *   _Analogues_
 *     - **clCreateContext**
 *
 * @param[in] DeviceCount the number of devices given in phDevices.
 * @param[in] phDevices array of device handles, DeviceCount long.
 * @param[in][optional] pProperties pointer to context creation properties.
 * @param[out] phContext pointer to the handle of the context object created.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phDevices`
 *         + `NULL == phContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pProperties && ::UR_CONTEXT_FLAGS_MASK & pProperties->flags`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `DeviceCount == 0`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + If device handles in phDevices are not valid handles (a NULL element is caught).
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urContextCreate(uint32_t DeviceCount,
                                                    const ur_device_handle_t *phDevices,
                                                    const ur_context_properties_t *pProperties,
                                                    ur_context_handle_t *phContext);

/**
 * @brief Makes a reference of the context handle indicating it's in use until paired
 * ::urContextRelease is called.
 *
 * @remarks
 *   _Analogues_
 *     - **clRetainContext**
 *
 * @param[in] hContext handle of the context to get a reference of.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 */
UR_APIEXPORT ur_result_t UR_APICALL urContextRetain(ur_context_handle_t hContext);

/**
 * @brief Releases the context handle reference indicating end of its usage.
 *
 * @remarks
 *   _Analogues_
 *     - **clReleaseContext**
 *
 * @param[in] hContext handle of the context to release.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 */
UR_APIEXPORT ur_result_t UR_APICALL urContextRelease(ur_context_handle_t hContext);

/**
 * @brief Retrieves various information about a context.
 *
 * @remarks
 *   _Analogues_
 *     - **clGetContextInfo**
 *
 * @param[in] hContext handle of the context.
 * @param[in] propName type of the info to retrieve.
 * @param[in] propSize the number of bytes pointed to by pPropValue.
 * @param[out][optional] pPropValue array of bytes holding the info; its type is selected by
 *        propName. If propSize is less than the number of bytes needed,
 *        UR_RESULT_ERROR_INVALID_SIZE is returned and pPropValue is not written.
 * @param[out][optional] pPropSizeRet the number of bytes needed for propName.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_CONTEXT_INFO_USM_FILL2D_SUPPORT < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *         + If `propSize` is less than the real number of bytes needed to return the info.
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
 *         + If `propName` is not supported by the adapter.
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urContextGetInfo(ur_context_handle_t hContext,
                                                     ur_context_info_t propName, size_t propSize,
                                                     void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief USM allocate host memory.
 *
 * @details
 *     - Allocations from different pools must not share a page (urpeer: each allocation is its
 *       own driver allocation).
 *     - With `pool`, the allocation comes from that pool of `hContext`: it starts zeroed when the
 *       pool has ::UR_USM_POOL_FLAG_ZERO_INITIALIZE_BLOCK, and holds a reference on the pool until
 *       urUSMFree.
 *     - Flags and hints passed through pUSMDesc only affect this allocation.
 *
 * @param[in] hContext handle of the context object.
 * @param[in][optional] pUSMDesc USM memory allocation descriptor.
 * @param[in][optional] pool pool created with urUSMPoolCreate.
 * @param[in] size minimum size in bytes of the USM memory object to be allocated.
 * @param[out] ppMem pointer to the USM host memory object.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pUSMDesc && ::UR_USM_ADVICE_FLAGS_MASK & pUSMDesc->hints`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *         + `pUSMDesc && pUSMDesc->align != 0 && ((pUSMDesc->align & (pUSMDesc->align-1)) != 0)`
 *         + If `align` is greater than the size of the largest data type supported by any device
 *           in `hContext`.
 *     - ::UR_RESULT_ERROR_INVALID_USM_SIZE
 *         + `size == 0`
 *         + `size` is greater than ::UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE of any device in
 *           `hContext`.
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT
 *     - ::UR_RESULT_ERROR_INVALID_OPERATION
 *         + If ::UR_DEVICE_INFO_USM_HOST_SUPPORT is false.
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_INVALID_ARGUMENT if `pool` is not NULL and not a live pool (urpeer)
 *     - ::UR_RESULT_ERROR_INVALID_VALUE if `pool` is a pool of another context (urpeer)
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + If `pool` is not NULL and a device of `hContext` reports false for
 *           ::UR_DEVICE_INFO_USM_POOL_SUPPORT (never in urpeer: every device supports pools).
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMHostAlloc(ur_context_handle_t hContext,
                                                   const ur_usm_desc_t *pUSMDesc,
                                                   ur_usm_pool_handle_t pool, size_t size,
                                                   void **ppMem);

/**
 * @brief USM allocate device memory.
 *
 * @details
 *     - Allocations from different pools must not share a page (urpeer: each allocation is its
 *       own driver allocation).
 *     - With `pool`, the allocation comes from that pool of `hContext`: it starts zeroed when the
 *       pool has ::UR_USM_POOL_FLAG_ZERO_INITIALIZE_BLOCK, and holds a reference on the pool until
 *       urUSMFree.
 *     - Flags and hints passed through pUSMDesc only affect this allocation.
 *
 * @param[in] hContext handle of the context object.
 * @param[in] hDevice handle of the device object.
 * @param[in][optional] pUSMDesc USM memory allocation descriptor.
 * @param[in][optional] pool pool created with urUSMPoolCreate.
 * @param[in] size minimum size in bytes of the USM memory object to be allocated.
 * @param[out] ppMem pointer to the USM device memory object.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pUSMDesc && ::UR_USM_ADVICE_FLAGS_MASK & pUSMDesc->hints`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *         + `pUSMDesc && pUSMDesc->align != 0 && ((pUSMDesc->align & (pUSMDesc->align-1)) != 0)`
 *         + If `align` is greater than the size of the largest data type supported by `hDevice`.
 *     - ::UR_RESULT_ERROR_INVALID_USM_SIZE
 *         + `size == 0`
 *         + `size` is greater than ::UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE.
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT
 *     - ::UR_RESULT_ERROR_INVALID_OPERATION
 *         + If ::UR_DEVICE_INFO_USM_DEVICE_SUPPORT is false (upstream's text says
 *           USM_HOST_SUPPORT, a copy of urUSMHostAlloc).
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_INVALID_ARGUMENT if `pool` is not NULL and not a live pool (urpeer)
 *     - ::UR_RESULT_ERROR_INVALID_VALUE if `pool` is a pool of another context (urpeer)
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + If `pool` is not NULL and a device of `hContext` reports false for
 *           ::UR_DEVICE_INFO_USM_POOL_SUPPORT (never in urpeer: every device supports pools).
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMDeviceAlloc(ur_context_handle_t hContext,
                                                     ur_device_handle_t hDevice,
                                                     const ur_usm_desc_t *pUSMDesc,
                                                     ur_usm_pool_handle_t pool, size_t size,
                                                     void **ppMem);

/**
 * @brief Free the USM memory object.
 *
 * @details
 *     - Waits for previously enqueued commands that may be accessing `pMem` to finish before
 * freeing the memory.
 *
 * @param[in] hContext handle of the context object.
 * @param[in] pMem pointer to the USM memory object.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMFree(ur_context_handle_t hContext, void *pMem);

/**
 * @brief Get USM memory object allocation information.
 *
 * @details
 *     - For a pointer that is not a USM allocation of `hContext`, ::UR_USM_ALLOC_INFO_TYPE returns
 *       ::UR_USM_TYPE_UNKNOWN with ::UR_RESULT_SUCCESS; the other queries return
 *       ::UR_RESULT_ERROR_INVALID_VALUE.
 *     - ::UR_USM_ALLOC_INFO_POOL answers the pool the allocation was made from (urpeer: NULL for
 *       an allocation made without a pool, where upstream's adapters return
 *       ::UR_RESULT_ERROR_INVALID_VALUE).
 *
 * @param[in] hContext handle of the context object.
 * @param[in] pMem pointer to the USM memory object.
 * @param[in] propName the name of the USM allocation property to query.
 * @param[in] propSize size in bytes of the USM allocation property value.
 * @param[out][optional] pPropValue value of the USM allocation property; its type is selected by
 *        propName.
 * @param[out][optional] pPropSizeRet bytes returned in the USM allocation property.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_USM_ALLOC_INFO_POOL < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + If `propSize` is less than the real number of bytes needed to return the info.
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMGetMemAllocInfo(ur_context_handle_t hContext,
                                                         const void *pMem,
                                                         ur_usm_alloc_info_t propName,
                                                         size_t propSize, void *pPropValue,
                                                         size_t *pPropSizeRet);

/**
 * @brief Create a command queue for a device in a context.
 *
 * @details
 *     - See also ::ur_queue_index_properties_t.
 *
 * @remarks
 *   _Analogues_
 *     - **clCreateCommandQueueWithProperties**
 *
 * @param[in] hContext handle of the context object.
 * @param[in] hDevice handle of the device object.
 * @param[in][optional] pProperties pointer to queue creation properties.
 * @param[out] phQueue pointer to the handle of the queue object created.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phQueue`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pProperties && ::UR_QUEUE_FLAGS_MASK & pProperties->flags`
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE_PROPERTIES
 *         + `pProperties != NULL && pProperties->flags & UR_QUEUE_FLAG_PRIORITY_HIGH &&
 *           pProperties->flags & UR_QUEUE_FLAG_PRIORITY_LOW`
 *         + `pProperties != NULL && pProperties->flags & UR_QUEUE_FLAG_SUBMISSION_BATCHED &&
 *           pProperties->flags & UR_QUEUE_FLAG_SUBMISSION_IMMEDIATE`
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT
 *     - ::UR_RESULT_ERROR_INVALID_DEVICE
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueCreate(ur_context_handle_t hContext,
                                                  ur_device_handle_t hDevice,
                                                  const ur_queue_properties_t *pProperties,
                                                  ur_queue_handle_t *phQueue);

/**
 * @brief Get a reference to the command queue handle.
 *
 * @remarks
 *   _Analogues_
 *     - **clRetainCommandQueue**
 *
 * @param[in] hQueue handle of the queue object.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueRetain(ur_queue_handle_t hQueue);

/**
 * @brief Decrement the command queue's reference count and delete the queue if it becomes zero.
 *
 * @details
 *     - The queue is deleted once its reference count is zero and all queued commands have
 * finished.
 *     - Performs an implicit flush of the queue.
 *
 * @remarks
 *   _Analogues_
 *     - **clReleaseCommandQueue**
 *
 * @param[in] hQueue handle of the queue object.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueRelease(ur_queue_handle_t hQueue);

/**
 * @brief Query information about a command queue.
 *
 * @remarks
 *   _Analogues_
 *     - **clGetCommandQueueInfo**
 *
 * @param[in] hQueue handle of the queue object.
 * @param[in] propName type of the info to retrieve.
 * @param[in] propSize the number of bytes pointed to by pPropValue.
 * @param[out][optional] pPropValue array of bytes holding the info; its type is selected by
 *        propName. If propSize is less than the number of bytes needed,
 *        UR_RESULT_ERROR_INVALID_SIZE is returned and pPropValue is not written.
 * @param[out][optional] pPropSizeRet the number of bytes needed for propName.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_QUEUE_INFO_EMPTY < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *         + If `propSize` is less than the real number of bytes needed to return the info.
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
 *         + If `propName` is not supported by the adapter.
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *         + If `hQueue` isn't a valid queue handle or if `propName` isn't supported by `hQueue`.
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueGetInfo(ur_queue_handle_t hQueue,
                                                   ur_queue_info_t propName, size_t propSize,
                                                   void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Blocks until all previously issued commands to the command queue are finished.
 *
 * @details
 *     - Acts as a synchronization point.
 *
 * @remarks
 *   _Analogues_
 *     - **clFinish**
 *
 * @param[in] hQueue handle of the queue to be finished.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueFinish(ur_queue_handle_t hQueue);

/**
 * @brief Issues all previously enqueued commands in a command queue to the device.
 *
 * @details
 *     - Guarantees that the commands are issued, not that they are complete.
 *
 * @remarks
 *   _Analogues_
 *     - **clFlush**
 *
 * @param[in] hQueue handle of the queue to be flushed.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueFlush(ur_queue_handle_t hQueue);

/**
 * @brief Get event object information.
 *
 * @remarks
 *   _Analogues_
 *     - **clGetEventInfo**
 *
 * @param[in] hEvent handle of the event object.
 * @param[in] propName type of the info to retrieve.
 * @param[in] propSize the number of bytes pointed to by pPropValue.
 * @param[out][optional] pPropValue array of bytes holding the info; its type is selected by
 *        propName. If propSize is less than the number of bytes needed,
 *        UR_RESULT_ERROR_INVALID_SIZE is returned and pPropValue is not written.
 * @param[out][optional] pPropSizeRet the number of bytes needed for propName.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hEvent`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EVENT_INFO_REFERENCE_COUNT < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *         + If `propSize` is less than the real number of bytes needed to return the info.
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
 *         + If `propName` is not supported by the adapter.
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventGetInfo(ur_event_handle_t hEvent,
                                                   ur_event_info_t propName, size_t propSize,
                                                   void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Get profiling information for the command associated with an event object.
 *
 * @details
 *     - Values are device-counter nanoseconds (uint64_t).
 *
 * @remarks
 *   _Analogues_
 *     - **clGetEventProfilingInfo**
 *
 * @param[in] hEvent handle of the event object.
 * @param[in] propName the name of the profiling property to query.
 * @param[in] propSize size in bytes of the profiling property value.
 * @param[out][optional] pPropValue value of the profiling property.
 * @param[out][optional] pPropSizeRet the actual size in bytes returned in pPropValue.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hEvent`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_PROFILING_INFO_COMMAND_COMPLETE < propName`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *         + `pPropValue && propSize == 0`
 *     - ::UR_RESULT_ERROR_PROFILING_INFO_NOT_AVAILABLE
 *         + If `hEvent`'s queue was not created with `UR_QUEUE_FLAG_PROFILING_ENABLE`.
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
 *         + If `propName` is not supported by the adapter.
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventGetProfilingInfo(ur_event_handle_t hEvent,
                                                            ur_profiling_info_t propName,
                                                            size_t propSize, void *pPropValue,
                                                            size_t *pPropSizeRet);

/**
 * @brief Wait for a list of events to finish.
 *
 * @remarks
 *   _Analogues_
 *     - **clWaitForEvents**
 *
 * @param[in] numEvents number of events in the event list.
 * @param[in] phEventWaitList pointer to a list of events to wait for completion.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phEventWaitList`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *         + `numEvents == 0`
 *     - ::UR_RESULT_ERROR_IN_EVENT_LIST_EXEC_STATUS
 *         + An event in `phEventWaitList` has ::UR_EVENT_STATUS_ERROR.
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventWait(uint32_t numEvents,
                                                const ur_event_handle_t *phEventWaitList);

/**
 * @brief Get a reference to an event handle.
 *
 * @remarks
 *   _Analogues_
 *     - **clRetainEvent**
 *
 * @param[in] hEvent handle of the event object.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hEvent`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventRetain(ur_event_handle_t hEvent);

/**
 * @brief Decrement the event object's reference count and delete it if it becomes zero.
 *
 * @remarks
 *   _Analogues_
 *     - **clReleaseEvent**
 *
 * @param[in] hEvent handle of the event object.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hEvent`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventRelease(ur_event_handle_t hEvent);

/**
 * @brief Enqueue a command which waits a list of events to complete before it completes.
 *
 * @details
 *     - If the event list is empty, it waits for all previously enqueued commands to complete.
 *     - It returns an event which can be waited on.
 *
 * @remarks
 *   _Analogues_
 *     - **clEnqueueMarkerWithWaitList**
 *
 * @param[in] hQueue handle of the queue object.
 * @param[in] numEventsInWaitList size of the event wait list.
 * @param[in][optional] phEventWaitList events that must be complete before this command can be
 *        executed. If NULL, numEventsInWaitList must be 0.
 * @param[out][optional] phEvent returns an event object that identifies this command. If
 *        phEventWaitList and phEvent are not NULL, phEvent must not refer to an element of
 *        phEventWaitList.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *         + If event objects in phEventWaitList are not valid events (a NULL element is caught).
 *     - ::UR_RESULT_ERROR_IN_EVENT_LIST_EXEC_STATUS
 *         + An event in `phEventWaitList` has ::UR_EVENT_STATUS_ERROR.
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueEventsWait(ur_queue_handle_t hQueue,
                                                        uint32_t numEventsInWaitList,
                                                        const ur_event_handle_t *phEventWaitList,
                                                        ur_event_handle_t *phEvent);

/**
 * @brief Enqueue a command to fill USM memory.
 *
 * @details
 *     - patternSize must be a power of 2 and no larger than size; size must be a multiple of
 *       patternSize.
 *
 * @param[in] hQueue handle of the queue object.
 * @param[in] pMem pointer to the USM memory object, size bytes.
 * @param[in] patternSize the size in bytes of the pattern.
 * @param[in] pPattern pointer with the bytes of the pattern to set.
 * @param[in] size size in bytes to be set.
 * @param[in] numEventsInWaitList size of the event wait list.
 * @param[in][optional] phEventWaitList events that must be complete before this command can be
 *        executed. If NULL, numEventsInWaitList must be 0.
 * @param[out][optional] phEvent returns an event object that identifies this command. If
 *        phEventWaitList and phEvent are not NULL, phEvent must not refer to an element of
 *        phEventWaitList.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *         + `NULL == pPattern`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `patternSize == 0 || size == 0`
 *         + `patternSize > size`
 *         + `size % patternSize != 0`
 *         + If `size` is higher than the allocation size of `pMem`.
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *         + If event objects in phEventWaitList are not valid events (a NULL element is caught).
 *     - ::UR_RESULT_ERROR_IN_EVENT_LIST_EXEC_STATUS
 *         + An event in `phEventWaitList` has ::UR_EVENT_STATUS_ERROR.
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMFill(ur_queue_handle_t hQueue, void *pMem,
                                                     size_t patternSize, const void *pPattern,
                                                     size_t size, uint32_t numEventsInWaitList,
                                                     const ur_event_handle_t *phEventWaitList,
                                                     ur_event_handle_t *phEvent);

/**
 * @brief Enqueue a command to copy USM memory.
 *
 * @details
 *     - Copies between any two USM allocations of the queue's context, or host memory, whatever
 *       their devices, with or without peer access; peer access only decides the path (direct over
 *       the link, or staged through the host).
 *     - With `blocking` true the call returns when the copy is complete, and the event returned in
 *       phEvent is already ::UR_EVENT_STATUS_COMPLETE.
 *
 * @param[in] hQueue handle of the queue object.
 * @param[in] blocking blocking or non-blocking copy.
 * @param[in] pDst pointer to the destination memory, size bytes.
 * @param[in] pSrc pointer to the source memory, size bytes.
 * @param[in] size size in bytes to be copied.
 * @param[in] numEventsInWaitList size of the event wait list.
 * @param[in][optional] phEventWaitList events that must be complete before this command can be
 *        executed. If NULL, numEventsInWaitList must be 0.
 * @param[out][optional] phEvent returns an event object that identifies this command. If
 *        phEventWaitList and phEvent are not NULL, phEvent must not refer to an element of
 *        phEventWaitList.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pDst`
 *         + `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `size == 0`
 *         + If `size` is higher than the allocation size of `pSrc` or `pDst`.
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *         + If event objects in phEventWaitList are not valid events (a NULL element is caught).
 *     - ::UR_RESULT_ERROR_IN_EVENT_LIST_EXEC_STATUS
 *         + An event in `phEventWaitList` has ::UR_EVENT_STATUS_ERROR.
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMMemcpy(ur_queue_handle_t hQueue, bool blocking,
                                                       void *pDst, const void *pSrc, size_t size,
                                                       uint32_t numEventsInWaitList,
                                                       const ur_event_handle_t *phEventWaitList,
                                                       ur_event_handle_t *phEvent);

/**
 * @brief Enable access to peer device memory.
 *
 * @details
 *     - Enables the command device to access and write device memory allocations located on the
 * peer device, provided that a P2P link between the two devices is available
 *       (::UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT is 1).
 *     - Says nothing about the other direction: the peer device is not given access to allocations
 *       on the command device.
 *     - Enable and Disable nest like a reference count per ordered pair: access stays on from the
 *       first successful Enable until the Disable that matches the last one. Only the 0 -> 1
 *       transition calls the driver; a later Enable returns ::UR_RESULT_SUCCESS without a driver
 *       call.
 *     - A pair of one device with itself succeeds and changes nothing.
 *     - If the driver reports that access is already enabled (enabled by another user of the driver
 *       in the process), that is success, and the library leaves the driver state alone when the
 *       count returns to 0.
 *     - On Level Zero peer access is always on where supported: the count and the results are the
 *       same, and no driver call is made.
 *     - On failure the native code and a message naming the call and both devices are kept for
 *       ::urAdapterGetLastError. The count is unchanged.
 *     - Thread-safe: concurrent calls on one pair make exactly one driver transition.
 *
 * @remarks
 *   _Analogues_
 *     - **cuCtxEnablePeerAccess**
 *
 * @param[in] commandDevice handle of the command device object (the device that accesses the
 *        memory).
 * @param[in] peerDevice handle of the peer device object (the device that owns the memory).
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == commandDevice`
 *         + `NULL == peerDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + If the devices are on different platforms or adapters, or
 *           ::UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT is 0 for the pair (no driver call is
 *           made), or the driver rejects the link after all (CUDA 217, HIP 101).
 *     - ::UR_RESULT_ERROR_OUT_OF_RESOURCES
 *         + If the driver has no room for another peer (CUDA 711, the 8-peer limit).
 *     - ::UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *         + Any other driver failure; see ::urAdapterGetLastError.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUsmP2PEnablePeerAccessExp(ur_device_handle_t commandDevice,
                                                                ur_device_handle_t peerDevice);

/**
 * @brief Disable access to peer device memory.
 *
 * @details
 *     - Drops one level of the nesting count of the ordered pair (commandDevice, peerDevice).
 * Access is disabled in the driver when the count goes from 1 to 0, and only if this library
 * enabled it.
 *     - A pair of one device with itself succeeds and changes nothing.
 *     - Disabling a pair whose count is 0 returns ::UR_RESULT_ERROR_INVALID_OPERATION and changes
 *       nothing.
 *     - If the driver reports that access was not enabled, that is not an error.
 *     - On a driver failure the count stays 1, and the native code and message are kept for
 *       ::urAdapterGetLastError.
 *     - Thread-safe: the count never goes below 0.
 *
 * @remarks
 *   _Analogues_
 *     - **cuCtxDisablePeerAccess**
 *
 * @param[in] commandDevice handle of the command device object (the device that accesses the
 *        memory).
 * @param[in] peerDevice handle of the peer device object (the device that owns the memory).
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == commandDevice`
 *         + `NULL == peerDevice`
 *     - ::UR_RESULT_ERROR_INVALID_OPERATION
 *         + If access from commandDevice to peerDevice is not enabled (count 0), including pairs
 *           on different platforms and pairs without a P2P link.
 *     - ::UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *         + Any other driver failure; see ::urAdapterGetLastError.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUsmP2PDisablePeerAccessExp(ur_device_handle_t commandDevice,
                                                                 ur_device_handle_t peerDevice);

/**
 * @brief Query the peer access capabilities from the command device to the peer device.
 *
 * @details
 *     - The values are `int`, always exactly 0 or 1 for the upstream queries: 1 for a device with
 *       itself, 0 for devices on different platforms or adapters, otherwise the driver's answer
 *       normalised to 0/1.
 *     - The answers are read from the driver when devices are discovered: the query makes no driver
 *       call.
 *     - urpeer.h defines further queries (::urpeer_peer_info_t, values from 0x7F000000).
 *     - `*pPropSizeRet`, when given, is set to the size needed on success and on the too-small
 *       ::UR_RESULT_ERROR_INVALID_SIZE, so the two-call pattern works.
 *
 * @remarks
 *   _Analogues_
 *     - **cuDeviceGetP2PAttribute**
 *
 * @param[in] commandDevice handle of the command device object (the device that accesses the
 *        memory).
 * @param[in] peerDevice handle of the peer device object (the device that owns the memory).
 * @param[in] propName type of the info to retrieve.
 * @param[in] propSize the number of bytes pointed to by pPropValue.
 * @param[out][optional] pPropValue array of bytes holding the info. If propSize is less than the
 *        number of bytes needed, UR_RESULT_ERROR_INVALID_SIZE is returned and pPropValue is not
 *        written.
 * @param[out][optional] pPropSizeRet the number of bytes needed for propName.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_DEVICE_LOST
 *     - ::UR_RESULT_ERROR_ADAPTER_SPECIFIC
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == commandDevice`
 *         + `NULL == peerDevice`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + If `propName` is not a value this library defines (upstream:
 *           `::UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT < propName`).
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *         + `0 < propSize < sizeof(int)`; `*pPropValue` is untouched.
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
 *         + If `propName` is defined but this adapter cannot answer it.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUsmP2PPeerAccessGetInfoExp(ur_device_handle_t commandDevice,
                                                                 ur_device_handle_t peerDevice,
                                                                 ur_exp_peer_info_t propName,
                                                                 size_t propSize, void *pPropValue,
                                                                 size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hAdapter
 * @param[in] pfnLoggerCallback
 * @param[in][optional] pUserData
 * @param[in] level
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pfnLoggerCallback`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_LOGGER_LEVEL_QUIET < level`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urAdapterSetLoggerCallback(ur_adapter_handle_t hAdapter, ur_logger_callback_t pfnLoggerCallback,
                           void *pUserData, ur_logger_level_t level);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hAdapter
 * @param[in] level
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_LOGGER_LEVEL_QUIET < level`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urAdapterSetLoggerCallbackLevel(ur_adapter_handle_t hAdapter,
                                                                    ur_logger_level_t level);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesFreeMappedLinearMemoryExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, void *pMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pImageDesc
 * @param[in] pImageFormat
 * @param[in] imageMemHandleType
 * @param[out] pSupportedRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageDesc`
 *         + `NULL == pImageFormat`
 *         + `NULL == pSupportedRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesGetImageMemoryHandleTypeSupportExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, const ur_image_desc_t *pImageDesc,
    const ur_image_format_t *pImageFormat, ur_exp_image_mem_type_t imageMemHandleType,
    ur_bool_t *pSupportedRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pImageDesc
 * @param[in] pImageFormat
 * @param[in] imageMemHandleType
 * @param[out] pSupportedRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageDesc`
 *         + `NULL == pImageFormat`
 *         + `NULL == pSupportedRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesGetImageSampledHandleSupportExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, const ur_image_desc_t *pImageDesc,
    const ur_image_format_t *pImageFormat, ur_exp_image_mem_type_t imageMemHandleType,
    ur_bool_t *pSupportedRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pImageDesc
 * @param[in] pImageFormat
 * @param[in] imageMemHandleType
 * @param[out] pSupportedRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageDesc`
 *         + `NULL == pImageFormat`
 *         + `NULL == pSupportedRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesGetImageUnsampledHandleSupportExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, const ur_image_desc_t *pImageDesc,
    const ur_image_format_t *pImageFormat, ur_exp_image_mem_type_t imageMemHandleType,
    ur_bool_t *pSupportedRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pImageFormat
 * @param[in] pImageDesc
 * @param[out] phImageMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageFormat`
 *         + `NULL == pImageDesc`
 *         + `NULL == phImageMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_IMAGE_FORMAT_DESCRIPTOR
 *         + `pImageDesc && UR_MEM_TYPE_IMAGE_CUBEMAP_EXP < pImageDesc->type`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesImageAllocateExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, const ur_image_format_t *pImageFormat,
    const ur_image_desc_t *pImageDesc, ur_exp_image_mem_native_handle_t *phImageMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] pSrc
 * @param[in] pDst
 * @param[in] pSrcImageDesc
 * @param[in] pDstImageDesc
 * @param[in] pSrcImageFormat
 * @param[in] pDstImageFormat
 * @param[in] pCopyRegion
 * @param[in] imageCopyFlags
 * @param[in] imageCopyInputTypes
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pSrc`
 *         + `NULL == pDst`
 *         + `NULL == pSrcImageDesc`
 *         + `NULL == pDstImageDesc`
 *         + `NULL == pSrcImageFormat`
 *         + `NULL == pDstImageFormat`
 *         + `NULL == pCopyRegion`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_IMAGE_FORMAT_DESCRIPTOR
 *         + `pSrcImageDesc && UR_MEM_TYPE_IMAGE_CUBEMAP_EXP < pSrcImageDesc->type`
 *         + `pDstImageDesc && UR_MEM_TYPE_IMAGE_CUBEMAP_EXP < pDstImageDesc->type`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesImageCopyExp(
    ur_queue_handle_t hQueue, const void *pSrc, void *pDst, const ur_image_desc_t *pSrcImageDesc,
    const ur_image_desc_t *pDstImageDesc, const ur_image_format_t *pSrcImageFormat,
    const ur_image_format_t *pDstImageFormat, ur_exp_image_copy_region_t *pCopyRegion,
    ur_exp_image_copy_flags_t imageCopyFlags, ur_exp_image_copy_input_types_t imageCopyInputTypes,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hImageMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urBindlessImagesImageFreeExp(ur_context_handle_t hContext, ur_device_handle_t hDevice,
                             ur_exp_image_mem_native_handle_t hImageMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hImageMem
 * @param[in] propName
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_IMAGE_INFO_DEPTH < propName`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesImageGetInfoExp(
    ur_context_handle_t hContext, ur_exp_image_mem_native_handle_t hImageMem,
    ur_image_info_t propName, void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] size
 * @param[in] memHandleType
 * @param[in] pExternalMemDesc
 * @param[out] phExternalMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pExternalMemDesc`
 *         + `NULL == phExternalMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_EXTERNAL_MEM_TYPE_WIN32_NT_DX12_RESOURCE < memHandleType`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesImportExternalMemoryExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, size_t size,
    ur_exp_external_mem_type_t memHandleType, ur_exp_external_mem_desc_t *pExternalMemDesc,
    ur_exp_external_mem_handle_t *phExternalMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] semHandleType
 * @param[in] pExternalSemaphoreDesc
 * @param[out] phExternalSemaphore
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pExternalSemaphoreDesc`
 *         + `NULL == phExternalSemaphore`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_EXTERNAL_SEMAPHORE_TYPE_WIN32_NT_DX12_FENCE < semHandleType`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urBindlessImagesImportExternalSemaphoreExp(ur_context_handle_t hContext, ur_device_handle_t hDevice,
                                           ur_exp_external_semaphore_type_t semHandleType,
                                           ur_exp_external_semaphore_desc_t *pExternalSemaphoreDesc,
                                           ur_exp_external_semaphore_handle_t *phExternalSemaphore);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pImageFormat
 * @param[in] pImageDesc
 * @param[in] hExternalMem
 * @param[out] phImageMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageFormat`
 *         + `NULL == pImageDesc`
 *         + `NULL == phImageMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *         + `NULL == hExternalMem`
 *     - ::UR_RESULT_ERROR_INVALID_IMAGE_FORMAT_DESCRIPTOR
 *         + `pImageDesc && UR_MEM_TYPE_IMAGE_CUBEMAP_EXP < pImageDesc->type`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesMapExternalArrayExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, const ur_image_format_t *pImageFormat,
    const ur_image_desc_t *pImageDesc, ur_exp_external_mem_handle_t hExternalMem,
    ur_exp_image_mem_native_handle_t *phImageMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] offset
 * @param[in] size
 * @param[in] hExternalMem
 * @param[out] ppRetMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppRetMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *         + `NULL == hExternalMem`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesMapExternalLinearMemoryExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, uint64_t offset, uint64_t size,
    ur_exp_external_mem_handle_t hExternalMem, void **ppRetMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urBindlessImagesMipmapFreeExp(ur_context_handle_t hContext, ur_device_handle_t hDevice,
                              ur_exp_image_mem_native_handle_t hMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hImageMem
 * @param[in] mipmapLevel
 * @param[out] phImageMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phImageMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urBindlessImagesMipmapGetLevelExp(ur_context_handle_t hContext, ur_device_handle_t hDevice,
                                  ur_exp_image_mem_native_handle_t hImageMem, uint32_t mipmapLevel,
                                  ur_exp_image_mem_native_handle_t *phImageMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hExternalMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *         + `NULL == hExternalMem`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urBindlessImagesReleaseExternalMemoryExp(ur_context_handle_t hContext, ur_device_handle_t hDevice,
                                         ur_exp_external_mem_handle_t hExternalMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hExternalSemaphore
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *         + `NULL == hExternalSemaphore`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesReleaseExternalSemaphoreExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice,
    ur_exp_external_semaphore_handle_t hExternalSemaphore);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hImageMem
 * @param[in] pImageFormat
 * @param[in] pImageDesc
 * @param[in] pSamplerDesc
 * @param[out] phImage
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageFormat`
 *         + `NULL == pImageDesc`
 *         + `NULL == pSamplerDesc`
 *         + `NULL == phImage`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pSamplerDesc &&
 *           ::UR_SAMPLER_ADDRESSING_MODE_MIRRORED_REPEAT < pSamplerDesc->addressingMode`
 *         + `NULL != pSamplerDesc && ::UR_SAMPLER_FILTER_MODE_LINEAR < pSamplerDesc->filterMode`
 *     - ::UR_RESULT_ERROR_INVALID_IMAGE_FORMAT_DESCRIPTOR
 *         + `pImageDesc && UR_MEM_TYPE_IMAGE_CUBEMAP_EXP < pImageDesc->type`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesSampledImageCreateExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice,
    ur_exp_image_mem_native_handle_t hImageMem, const ur_image_format_t *pImageFormat,
    const ur_image_desc_t *pImageDesc, const ur_sampler_desc_t *pSamplerDesc,
    ur_exp_image_native_handle_t *phImage);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hImage
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesSampledImageHandleDestroyExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, ur_exp_image_native_handle_t hImage);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hSemaphore
 * @param[in] hasSignalValue
 * @param[in] signalValue
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hSemaphore`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesSignalExternalSemaphoreExp(
    ur_queue_handle_t hQueue, ur_exp_external_semaphore_handle_t hSemaphore, bool hasSignalValue,
    uint64_t signalValue, uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hDevice
 * @param[in] memHandleType
 * @param[out] pSupportedRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pSupportedRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_EXTERNAL_MEM_TYPE_WIN32_NT_DX12_RESOURCE < memHandleType`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesSupportsImportingHandleTypeExp(
    ur_device_handle_t hDevice, ur_exp_external_mem_type_t memHandleType, ur_bool_t *pSupportedRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hImageMem
 * @param[in] pImageFormat
 * @param[in] pImageDesc
 * @param[out] phImage
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageFormat`
 *         + `NULL == pImageDesc`
 *         + `NULL == phImage`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_IMAGE_FORMAT_DESCRIPTOR
 *         + `pImageDesc && UR_MEM_TYPE_IMAGE_CUBEMAP_EXP < pImageDesc->type`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesUnsampledImageCreateExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice,
    ur_exp_image_mem_native_handle_t hImageMem, const ur_image_format_t *pImageFormat,
    const ur_image_desc_t *pImageDesc, ur_exp_image_native_handle_t *phImage);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hImage
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesUnsampledImageHandleDestroyExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, ur_exp_image_native_handle_t hImage);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hSemaphore
 * @param[in] hasWaitValue
 * @param[in] waitValue
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hSemaphore`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urBindlessImagesWaitExternalSemaphoreExp(
    ur_queue_handle_t hQueue, ur_exp_external_semaphore_handle_t hSemaphore, bool hasWaitValue,
    uint64_t waitValue, uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hKernel
 * @param[in] workDim
 * @param[in][optional] pGlobalWorkOffset
 * @param[in] pGlobalWorkSize
 * @param[in][optional] pLocalWorkSize
 * @param[in] numKernelAlternatives
 * @param[in][optional] phKernelAlternatives
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pGlobalWorkSize`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *         + `phKernelAlternatives == NULL && numKernelAlternatives > 0`
 *         + `phKernelAlternatives != NULL && numKernelAlternatives == 0`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendKernelLaunchExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_kernel_handle_t hKernel, uint32_t workDim,
    const size_t *pGlobalWorkOffset, const size_t *pGlobalWorkSize, const size_t *pLocalWorkSize,
    uint32_t numKernelAlternatives, ur_kernel_handle_t *phKernelAlternatives,
    uint32_t numSyncPointsInWaitList, const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_exp_command_buffer_sync_point_t *pSyncPoint, ur_event_handle_t *phEvent,
    ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hKernel
 * @param[in] workDim
 * @param[in][optional] pGlobalWorkOffset
 * @param[in] pGlobalWorkSize
 * @param[in][optional] pLocalWorkSize
 * @param[in] numArgs
 * @param[in][optional] pArgs
 * @param[in] numKernelAlternatives
 * @param[in][optional] phKernelAlternatives
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pGlobalWorkSize`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE
 *         + `phKernelAlternatives == NULL && numKernelAlternatives > 0`
 *         + `phKernelAlternatives != NULL && numKernelAlternatives == 0`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendKernelLaunchWithArgsExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_kernel_handle_t hKernel, uint32_t workDim,
    const size_t *pGlobalWorkOffset, const size_t *pGlobalWorkSize, const size_t *pLocalWorkSize,
    uint32_t numArgs, const ur_exp_kernel_arg_properties_t *pArgs, uint32_t numKernelAlternatives,
    ur_kernel_handle_t *phKernelAlternatives, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hSrcMem
 * @param[in] hDstMem
 * @param[in] srcOffset
 * @param[in] dstOffset
 * @param[in] size
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hSrcMem`
 *         + `NULL == hDstMem`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendMemBufferCopyExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_mem_handle_t hSrcMem, ur_mem_handle_t hDstMem,
    size_t srcOffset, size_t dstOffset, size_t size, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hSrcMem
 * @param[in] hDstMem
 * @param[in] srcOrigin
 * @param[in] dstOrigin
 * @param[in] region
 * @param[in] srcRowPitch
 * @param[in] srcSlicePitch
 * @param[in] dstRowPitch
 * @param[in] dstSlicePitch
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hSrcMem`
 *         + `NULL == hDstMem`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendMemBufferCopyRectExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_mem_handle_t hSrcMem, ur_mem_handle_t hDstMem,
    ur_rect_offset_t srcOrigin, ur_rect_offset_t dstOrigin, ur_rect_region_t region,
    size_t srcRowPitch, size_t srcSlicePitch, size_t dstRowPitch, size_t dstSlicePitch,
    uint32_t numSyncPointsInWaitList, const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_exp_command_buffer_sync_point_t *pSyncPoint, ur_event_handle_t *phEvent,
    ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hBuffer
 * @param[in] pPattern
 * @param[in] patternSize
 * @param[in] offset
 * @param[in] size
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pPattern`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendMemBufferFillExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_mem_handle_t hBuffer, const void *pPattern,
    size_t patternSize, size_t offset, size_t size, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hBuffer
 * @param[in] offset
 * @param[in] size
 * @param[in] pDst
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pDst`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendMemBufferReadExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_mem_handle_t hBuffer, size_t offset,
    size_t size, void *pDst, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hBuffer
 * @param[in] bufferOffset
 * @param[in] hostOffset
 * @param[in] region
 * @param[in] bufferRowPitch
 * @param[in] bufferSlicePitch
 * @param[in] hostRowPitch
 * @param[in] hostSlicePitch
 * @param[in] pDst
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pDst`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendMemBufferReadRectExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_mem_handle_t hBuffer,
    ur_rect_offset_t bufferOffset, ur_rect_offset_t hostOffset, ur_rect_region_t region,
    size_t bufferRowPitch, size_t bufferSlicePitch, size_t hostRowPitch, size_t hostSlicePitch,
    void *pDst, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hBuffer
 * @param[in] offset
 * @param[in] size
 * @param[in] pSrc
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendMemBufferWriteExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_mem_handle_t hBuffer, size_t offset,
    size_t size, const void *pSrc, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] hBuffer
 * @param[in] bufferOffset
 * @param[in] hostOffset
 * @param[in] region
 * @param[in] bufferRowPitch
 * @param[in] bufferSlicePitch
 * @param[in] hostRowPitch
 * @param[in] hostSlicePitch
 * @param[in] pSrc
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *         + `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendMemBufferWriteRectExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_mem_handle_t hBuffer,
    ur_rect_offset_t bufferOffset, ur_rect_offset_t hostOffset, ur_rect_region_t region,
    size_t bufferRowPitch, size_t bufferSlicePitch, size_t hostRowPitch, size_t hostSlicePitch,
    void *pSrc, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] pfnNativeCommand
 * @param[in][optional] pData
 * @param[in][optional] hChildCommandBuffer
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[out][optional] pSyncPoint
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pfnNativeCommand`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendNativeCommandExp(
    ur_exp_command_buffer_handle_t hCommandBuffer,
    ur_exp_command_buffer_native_command_function_t pfnNativeCommand, void *pData,
    ur_exp_command_buffer_handle_t hChildCommandBuffer, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList,
    ur_exp_command_buffer_sync_point_t *pSyncPoint);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] pMemory
 * @param[in] size
 * @param[in] advice
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMemory`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_USM_ADVICE_FLAGS_MASK & advice`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendUSMAdviseExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, const void *pMemory, size_t size,
    ur_usm_advice_flags_t advice, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] pMemory
 * @param[in] pPattern
 * @param[in] patternSize
 * @param[in] size
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMemory`
 *         + `NULL == pPattern`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `patternSize == 0 || size == 0`
 *         + `patternSize > size`
 *         + `size % patternSize != 0`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendUSMFillExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, void *pMemory, const void *pPattern,
    size_t patternSize, size_t size, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] pDst
 * @param[in] pSrc
 * @param[in] size
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pDst`
 *         + `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `size == 0`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendUSMMemcpyExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, void *pDst, const void *pSrc, size_t size,
    uint32_t numSyncPointsInWaitList, const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_exp_command_buffer_sync_point_t *pSyncPoint, ur_event_handle_t *phEvent,
    ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] pMemory
 * @param[in] size
 * @param[in] flags
 * @param[in] numSyncPointsInWaitList
 * @param[in][optional] pSyncPointWaitList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] pSyncPoint
 * @param[out][optional] phEvent
 * @param[out][optional] phCommand
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMemory`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_USM_MIGRATION_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_INVALID_COMMAND_BUFFER_SYNC_POINT_WAIT_LIST_EXP
 *         + `pSyncPointWaitList == NULL && numSyncPointsInWaitList > 0`
 *         + `pSyncPointWaitList != NULL && numSyncPointsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferAppendUSMPrefetchExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, const void *pMemory, size_t size,
    ur_usm_migration_flags_t flags, uint32_t numSyncPointsInWaitList,
    const ur_exp_command_buffer_sync_point_t *pSyncPointWaitList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_exp_command_buffer_sync_point_t *pSyncPoint,
    ur_event_handle_t *phEvent, ur_exp_command_buffer_command_handle_t *phCommand);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in][optional] pCommandBufferDesc
 * @param[out] phCommandBuffer
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urCommandBufferCreateExp(ur_context_handle_t hContext, ur_device_handle_t hDevice,
                         const ur_exp_command_buffer_desc_t *pCommandBufferDesc,
                         ur_exp_command_buffer_handle_t *phCommandBuffer);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urCommandBufferFinalizeExp(ur_exp_command_buffer_handle_t hCommandBuffer);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_COMMAND_BUFFER_INFO_DESCRIPTOR < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferGetInfoExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_exp_command_buffer_info_t propName,
    size_t propSize, void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[out] phNativeCommandBuffer
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativeCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferGetNativeHandleExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, ur_native_handle_t *phNativeCommandBuffer);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urCommandBufferReleaseExp(ur_exp_command_buffer_handle_t hCommandBuffer);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urCommandBufferRetainExp(ur_exp_command_buffer_handle_t hCommandBuffer);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommandBuffer
 * @param[in] numKernelUpdates
 * @param[in] pUpdateKernelLaunch
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pUpdateKernelLaunch`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `numKernelUpdates == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferUpdateKernelLaunchExp(
    ur_exp_command_buffer_handle_t hCommandBuffer, uint32_t numKernelUpdates,
    const ur_exp_command_buffer_update_kernel_launch_desc_t *pUpdateKernelLaunch);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommand
 * @param[out] phSignalEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phSignalEvent`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommand`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferUpdateSignalEventExp(
    ur_exp_command_buffer_command_handle_t hCommand, ur_event_handle_t *phSignalEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hCommand
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hCommand`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urCommandBufferUpdateWaitEventsExp(
    ur_exp_command_buffer_command_handle_t hCommand, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hNativeContext
 * @param[in] hAdapter
 * @param[in] numDevices
 * @param[in][optional] phDevices
 * @param[in][optional] pProperties
 * @param[out] phContext
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phContext`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urContextCreateWithNativeHandle(
    ur_native_handle_t hNativeContext, ur_adapter_handle_t hAdapter, uint32_t numDevices,
    const ur_device_handle_t *phDevices, const ur_context_native_properties_t *pProperties,
    ur_context_handle_t *phContext);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[out] phNativeContext
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativeContext`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urContextGetNativeHandle(ur_context_handle_t hContext,
                                                             ur_native_handle_t *phNativeContext);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pfnDeleter
 * @param[in][optional] pUserData
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pfnDeleter`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urContextSetExtendedDeleter(
    ur_context_handle_t hContext, ur_context_extended_deleter_t pfnDeleter, void *pUserData);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hNativeDevice
 * @param[in] hAdapter
 * @param[in][optional] pProperties
 * @param[out] phDevice
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phDevice`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceCreateWithNativeHandle(
    ur_native_handle_t hNativeDevice, ur_adapter_handle_t hAdapter,
    const ur_device_native_properties_t *pProperties, ur_device_handle_t *phDevice);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hDevice
 * @param[out][optional] pDeviceTimestamp
 * @param[out][optional] pHostTimestamp
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceGetGlobalTimestamps(ur_device_handle_t hDevice,
                                                                uint64_t *pDeviceTimestamp,
                                                                uint64_t *pHostTimestamp);

/**
 * @brief Devices of a platform selected by ONEAPI_DEVICE_SELECTOR (docs/device-selection.md).
 * @details The selector is read once; unset or empty selects every device (as urDeviceGet).
 * @param[in] hPlatform handle of the platform
 * @param[in] DeviceType the type of the devices
 * @param[in] NumEntries the number of devices to be added to phDevices
 * @param[out][optional] phDevices array of selected device handles
 * @param[out][optional] pNumDevices number of devices selected
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NumEntries > 0 && phDevices == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hPlatform`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `UR_DEVICE_TYPE_CUSTOM < DeviceType`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `NumEntries == 0 && phDevices != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_VALUE if the selector is malformed (the reason is logged)
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceGetSelected(ur_platform_handle_t hPlatform,
                                                        ur_device_type_t DeviceType,
                                                        uint32_t NumEntries,
                                                        ur_device_handle_t *phDevices,
                                                        uint32_t *pNumDevices);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hDevice
 * @param[in] pProperties
 * @param[in] NumDevices
 * @param[out][optional] phSubDevices
 * @param[out][optional] pNumDevicesRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pProperties`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urDevicePartition(ur_device_handle_t hDevice, const ur_device_partition_properties_t *pProperties,
                  uint32_t NumDevices, ur_device_handle_t *phSubDevices, uint32_t *pNumDevicesRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hDevice
 * @param[in] pBinaries
 * @param[in] NumBinaries
 * @param[out] pSelectedBinary
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pBinaries`
 *         + `NULL == pSelectedBinary`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceSelectBinary(ur_device_handle_t hDevice,
                                                         const ur_device_binary_t *pBinaries,
                                                         uint32_t NumBinaries,
                                                         uint32_t *pSelectedBinary);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hDevice
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urDeviceWaitExp(ur_device_handle_t hDevice);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hCommandBuffer
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hCommandBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueCommandBufferExp(ur_queue_handle_t hQueue, ur_exp_command_buffer_handle_t hCommandBuffer,
                          uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
                          ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hProgram
 * @param[in] name
 * @param[in] blockingRead
 * @param[in] count
 * @param[in] offset
 * @param[in] pDst
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == name`
 *         + `NULL == pDst`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueDeviceGlobalVariableRead(
    ur_queue_handle_t hQueue, ur_program_handle_t hProgram, const char *name, bool blockingRead,
    size_t count, size_t offset, void *pDst, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hProgram
 * @param[in] name
 * @param[in] blockingWrite
 * @param[in] count
 * @param[in] offset
 * @param[in] pSrc
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == name`
 *         + `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueDeviceGlobalVariableWrite(
    ur_queue_handle_t hQueue, ur_program_handle_t hProgram, const char *name, bool blockingWrite,
    size_t count, size_t offset, const void *pSrc, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Enqueue a barrier: later commands start after the listed events (or after every earlier
 *        command when the list is empty). urpeer's queues run in order, so this is
 *        urEnqueueEventsWait with its own command type.
 * @param[in] hQueue handle of the queue object
 * @param[in] numEventsInWaitList size of the event wait list
 * @param[in][optional] phEventWaitList events that must be complete first
 * @param[out][optional] phEvent event that identifies this command
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 * numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an event is
 * not valid
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE for a released queue
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueEventsWaitWithBarrier(
    ur_queue_handle_t hQueue, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Enqueue a barrier with extended properties: as ::urEnqueueEventsWaitWithBarrier;
 *        the flags are hints (LOW_POWER_EVENTS_SUPPORT is accepted).
 * @param[in] hQueue
 * @param[in][optional] pProperties
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `NULL != pProperties &&
 * ::UR_EXP_ENQUEUE_EXT_FLAGS_MASK & pProperties->flags`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST as for ::urEnqueueEventsWaitWithBarrier
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueEventsWaitWithBarrierExt(
    ur_queue_handle_t hQueue, const ur_exp_enqueue_ext_properties_t *pProperties,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hGraph
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueGraphExp(ur_queue_handle_t hQueue,
                                                      ur_exp_executable_graph_handle_t hGraph,
                                                      uint32_t numEventsInWaitList,
                                                      const ur_event_handle_t *phEventWaitList,
                                                      ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] pfnHostTask
 * @param[in][optional] data
 * @param[in][optional] pProperties
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pfnHostTask`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueHostTaskExp(ur_queue_handle_t hQueue, ur_exp_host_task_function_t pfnHostTask, void *data,
                     const ur_exp_host_task_properties_t *pProperties, uint32_t numEventsInWaitList,
                     const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hKernel
 * @param[in] workDim
 * @param[in][optional] pGlobalWorkOffset
 * @param[in] pGlobalWorkSize
 * @param[in][optional] pLocalWorkSize
 * @param[in] numArgs
 * @param[in][optional] pArgs
 * @param[in][optional] launchPropList
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pGlobalWorkSize`
 *         + `pArgs == NULL && numArgs > 0`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_WORK_DIMENSION
 *         + `pGlobalWorkSize[0] == 0 || (workDim >= 2 && pGlobalWorkSize[1] == 0) || (workDim >=
 *           3 && pGlobalWorkSize[2] == 0)`
 *     - ::UR_RESULT_ERROR_INVALID_WORK_GROUP_SIZE
 *         + `pLocalWorkSize && (pLocalWorkSize[0] == 0 || (workDim >= 2 && pLocalWorkSize[1] ==
 *           0) || (workDim >= 3 && pLocalWorkSize[2] == 0))`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueKernelLaunchWithArgsExp(
    ur_queue_handle_t hQueue, ur_kernel_handle_t hKernel, uint32_t workDim,
    const size_t *pGlobalWorkOffset, const size_t *pGlobalWorkSize, const size_t *pLocalWorkSize,
    uint32_t numArgs, const ur_exp_kernel_arg_properties_t *pArgs,
    const ur_kernel_launch_ext_properties_t *launchPropList, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Copy between buffers (peer-to-peer between devices when access is enabled, as USM
 *        copies).
 * @param[in] hQueue
 * @param[in] hBufferSrc
 * @param[in] hBufferDst
 * @param[in] srcOffset
 * @param[in] dstOffset
 * @param[in] size
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`, `NULL == hBufferSrc` or
 *       `NULL == hBufferDst`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if either range is outside its buffer
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferCopy(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBufferSrc, ur_mem_handle_t hBufferDst,
    size_t srcOffset, size_t dstOffset, size_t size, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Copy a 3D region between buffers.
 * @param[in] hQueue
 * @param[in] hBufferSrc
 * @param[in] hBufferDst
 * @param[in] srcOrigin
 * @param[in] dstOrigin
 * @param[in] region
 * @param[in] srcRowPitch
 * @param[in] srcSlicePitch
 * @param[in] dstRowPitch
 * @param[in] dstSlicePitch
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`, `NULL == hBufferSrc` or
 *       `NULL == hBufferDst`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_SIZE for a zero width, height or depth, a row pitch below the
 *       width, a slice pitch below height x row pitch or not a multiple of it, or a region outside
 *       the buffer
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferCopyRect(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBufferSrc, ur_mem_handle_t hBufferDst,
    ur_rect_offset_t srcOrigin, ur_rect_offset_t dstOrigin, ur_rect_region_t region,
    size_t srcRowPitch, size_t srcSlicePitch, size_t dstRowPitch, size_t dstSlicePitch,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Fill a buffer range with a pattern (any power-of-two size).
 * @param[in] hQueue
 * @param[in] hBuffer
 * @param[in] pPattern
 * @param[in] patternSize
 * @param[in] offset
 * @param[in] size
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pPattern`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue` or `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if patternSize or size is 0, patternSize is not a power of
 *       two or is above size, size or offset is not a multiple of it, or the range is outside the
 *       buffer
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueMemBufferFill(ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, const void *pPattern,
                       size_t patternSize, size_t offset, size_t size, uint32_t numEventsInWaitList,
                       const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Map a buffer range into host memory (docs/buffers.md says which memory).
 * @param[in] hQueue
 * @param[in] hBuffer
 * @param[in] blockingMap
 * @param[in] mapFlags
 * @param[in] offset
 * @param[in] size
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @param[out] ppRetMap
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == ppRetMap`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue` or `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `UR_MAP_FLAGS_MASK & mapFlags`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `[offset, offset + size)` is outside the buffer
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferMap(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingMap, ur_map_flags_t mapFlags,
    size_t offset, size_t size, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent, void **ppRetMap);

/**
 * @brief Read from a buffer into host or USM memory.
 * @param[in] hQueue
 * @param[in] hBuffer
 * @param[in] blockingRead
 * @param[in] offset
 * @param[in] size
 * @param[in] pDst
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pDst`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue` or `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `[offset, offset + size)` is outside the buffer
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueMemBufferRead(ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingRead,
                       size_t offset, size_t size, void *pDst, uint32_t numEventsInWaitList,
                       const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Read a 3D region of a buffer into host memory.
 * @param[in] hQueue
 * @param[in] hBuffer
 * @param[in] blockingRead
 * @param[in] bufferOrigin
 * @param[in] hostOrigin
 * @param[in] region
 * @param[in] bufferRowPitch
 * @param[in] bufferSlicePitch
 * @param[in] hostRowPitch
 * @param[in] hostSlicePitch
 * @param[in] pDst
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pDst`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue` or `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_SIZE for a zero width, height or depth, a row pitch below the
 *       width, a slice pitch below height x row pitch or not a multiple of it, or a region outside
 *       the buffer
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferReadRect(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingRead,
    ur_rect_offset_t bufferOrigin, ur_rect_offset_t hostOrigin, ur_rect_region_t region,
    size_t bufferRowPitch, size_t bufferSlicePitch, size_t hostRowPitch, size_t hostSlicePitch,
    void *pDst, uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Write host or USM memory into a buffer.
 * @param[in] hQueue
 * @param[in] hBuffer
 * @param[in] blockingWrite
 * @param[in] offset
 * @param[in] size
 * @param[in] pSrc
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue` or `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `[offset, offset + size)` is outside the buffer
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueMemBufferWrite(ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingWrite,
                        size_t offset, size_t size, const void *pSrc, uint32_t numEventsInWaitList,
                        const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Write a 3D region of host memory into a buffer.
 * @param[in] hQueue
 * @param[in] hBuffer
 * @param[in] blockingWrite
 * @param[in] bufferOrigin
 * @param[in] hostOrigin
 * @param[in] region
 * @param[in] bufferRowPitch
 * @param[in] bufferSlicePitch
 * @param[in] hostRowPitch
 * @param[in] hostSlicePitch
 * @param[in] pSrc
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue` or `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_SIZE for a zero width, height or depth, a row pitch below the
 *       width, a slice pitch below height x row pitch or not a multiple of it, or a region outside
 *       the buffer
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemBufferWriteRect(
    ur_queue_handle_t hQueue, ur_mem_handle_t hBuffer, bool blockingWrite,
    ur_rect_offset_t bufferOrigin, ur_rect_offset_t hostOrigin, ur_rect_region_t region,
    size_t bufferRowPitch, size_t bufferSlicePitch, size_t hostRowPitch, size_t hostSlicePitch,
    void *pSrc, uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hImageSrc
 * @param[in] hImageDst
 * @param[in] srcOrigin
 * @param[in] dstOrigin
 * @param[in] region
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hImageSrc`
 *         + `NULL == hImageDst`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `region.width == 0 || region.height == 0 || region.depth == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemImageCopy(
    ur_queue_handle_t hQueue, ur_mem_handle_t hImageSrc, ur_mem_handle_t hImageDst,
    ur_rect_offset_t srcOrigin, ur_rect_offset_t dstOrigin, ur_rect_region_t region,
    uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hImage
 * @param[in] blockingRead
 * @param[in] origin
 * @param[in] region
 * @param[in] rowPitch
 * @param[in] slicePitch
 * @param[in] pDst
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pDst`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hImage`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `region.width == 0 || region.height == 0 || region.depth == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueMemImageRead(ur_queue_handle_t hQueue, ur_mem_handle_t hImage, bool blockingRead,
                      ur_rect_offset_t origin, ur_rect_region_t region, size_t rowPitch,
                      size_t slicePitch, void *pDst, uint32_t numEventsInWaitList,
                      const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hImage
 * @param[in] blockingWrite
 * @param[in] origin
 * @param[in] region
 * @param[in] rowPitch
 * @param[in] slicePitch
 * @param[in] pSrc
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hImage`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `region.width == 0 || region.height == 0 || region.depth == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urEnqueueMemImageWrite(ur_queue_handle_t hQueue, ur_mem_handle_t hImage, bool blockingWrite,
                       ur_rect_offset_t origin, ur_rect_region_t region, size_t rowPitch,
                       size_t slicePitch, void *pSrc, uint32_t numEventsInWaitList,
                       const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Unmap a mapping, writing it back when it was mapped for writing.
 * @param[in] hQueue
 * @param[in] hMem
 * @param[in] pMappedPtr
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pMappedPtr`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue` or `NULL == hMem`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST if `phEventWaitList == NULL &&
 *       numEventsInWaitList > 0`, `phEventWaitList != NULL && numEventsInWaitList == 0`, or an
 *       event is not valid
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT if pMappedPtr is not a live mapping of hMem
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE, UR_RESULT_ERROR_INVALID_MEM_OBJECT for handles that are
 *       not a live queue or buffer; UR_RESULT_ERROR_INVALID_CONTEXT for a buffer of another
 *       platform
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueMemUnmap(ur_queue_handle_t hQueue,
                                                      ur_mem_handle_t hMem, void *pMappedPtr,
                                                      uint32_t numEventsInWaitList,
                                                      const ur_event_handle_t *phEventWaitList,
                                                      ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] pfnNativeEnqueue
 * @param[in][optional] data
 * @param[in] numMemsInMemList
 * @param[in][optional] phMemList
 * @param[in][optional] pProperties
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pfnNativeEnqueue`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pProperties &&
 *           ::UR_EXP_ENQUEUE_NATIVE_COMMAND_FLAGS_MASK & pProperties->flags`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueNativeCommandExp(
    ur_queue_handle_t hQueue, ur_exp_enqueue_native_command_function_t pfnNativeEnqueue, void *data,
    uint32_t numMemsInMemList, const ur_mem_handle_t *phMemList,
    const ur_exp_enqueue_native_command_properties_t *pProperties, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hProgram
 * @param[in] pipe_symbol
 * @param[in] blocking
 * @param[in] pDst
 * @param[in] size
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pipe_symbol`
 *         + `NULL == pDst`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueReadHostPipe(
    ur_queue_handle_t hQueue, ur_program_handle_t hProgram, const char *pipe_symbol, bool blocking,
    void *pDst, size_t size, uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Record the device's time when the command runs (after the wait list and every earlier
 *        command of the in-order queue): *phEvent has its profiling times on any queue, with
 *        QUEUED = SUBMIT and START = END = COMPLETE. Supported where the device reports
 *        ::UR_DEVICE_INFO_TIMESTAMP_RECORDING_SUPPORT_EXP (the simulated node, CUDA, HIP).
 * @param[in] hQueue
 * @param[in] blocking
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[in] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phEvent`
 *         + `NULL == phEvent`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *         + `hQueue` is not a live queue; an event of the wait list is not a live event
 *           (::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST)
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + The device does not record timestamps (Level Zero); nothing is created.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueTimestampRecordingExp(
    ur_queue_handle_t hQueue, bool blocking, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Memory advice: urpeer keeps the queue's order and returns an event of type
 *        ::UR_COMMAND_USM_ADVISE (hints are accepted; none changes results).
 * @param[in] hQueue
 * @param[in] pMem
 * @param[in] size
 * @param[in] advice
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `::UR_USM_ADVICE_FLAGS_MASK & advice`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `size == 0` or `size` is higher than the allocation size
 * of `pMem`
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMAdvise(ur_queue_handle_t hQueue, const void *pMem,
                                                       size_t size, ur_usm_advice_flags_t advice,
                                                       ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in][optional] pPool
 * @param[in] size
 * @param[in][optional] pProperties
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out] ppMem
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMDeviceAllocExp(
    ur_queue_handle_t hQueue, ur_usm_pool_handle_t pPool, const size_t size,
    const ur_exp_async_usm_alloc_properties_t *pProperties, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, void **ppMem, ur_event_handle_t *phEvent);

/**
 * @brief Fill height rows of width bytes at a pitch with a pattern that runs on from one row
 *        into the next. urpeer builds it from 1D fills, one per row.
 * @param[in] hQueue
 * @param[in] pMem
 * @param[in] pitch
 * @param[in] patternSize
 * @param[in] pPattern
 * @param[in] width
 * @param[in] height
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pMem` or `NULL == pPattern`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `pitch == 0`, `pitch < width`, `width == 0`, `height ==
 * 0`, `patternSize == 0`, `patternSize > width * height`, `(width * height) % patternSize != 0`, or
 * `pitch * height` is higher than the allocation size of `pMem`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMFill2D(ur_queue_handle_t hQueue, void *pMem,
                                                       size_t pitch, size_t patternSize,
                                                       const void *pPattern, size_t width,
                                                       size_t height, uint32_t numEventsInWaitList,
                                                       const ur_event_handle_t *phEventWaitList,
                                                       ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in][optional] pPool
 * @param[in] pMem
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMFreeExp(ur_queue_handle_t hQueue,
                                                        ur_usm_pool_handle_t pPool, void *pMem,
                                                        uint32_t numEventsInWaitList,
                                                        const ur_event_handle_t *phEventWaitList,
                                                        ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in][optional] pPool
 * @param[in] size
 * @param[in][optional] pProperties
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out] ppMem
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMHostAllocExp(
    ur_queue_handle_t hQueue, ur_usm_pool_handle_t pPool, const size_t size,
    const ur_exp_async_usm_alloc_properties_t *pProperties, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, void **ppMem, ur_event_handle_t *phEvent);

/**
 * @brief Copy height rows of width bytes between pitched memory. urpeer builds it from 1D
 *        copies, one per row (one copy when both pitches equal width), on the in-order queue.
 * @param[in] hQueue
 * @param[in] blocking
 * @param[in] pDst
 * @param[in] dstPitch
 * @param[in] pSrc
 * @param[in] srcPitch
 * @param[in] width
 * @param[in] height
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pDst` or `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `srcPitch == 0`, `dstPitch == 0`, `srcPitch < width`,
 * `dstPitch < width`, `height == 0`, or `pitch * height` is higher than the allocation size of a
 * pointer
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMMemcpy2D(
    ur_queue_handle_t hQueue, bool blocking, void *pDst, size_t dstPitch, const void *pSrc,
    size_t srcPitch, size_t width, size_t height, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, ur_event_handle_t *phEvent);

/**
 * @brief Hint to migrate memory: urpeer keeps the queue's order and the wait list and
 *        returns an event of type ::UR_COMMAND_USM_PREFETCH (no adapter migrates anything).
 * @param[in] hQueue
 * @param[in] pMem
 * @param[in] size
 * @param[in] flags
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `::UR_USM_MIGRATION_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `size == 0` or `size` is higher than the allocation size
 * of `pMem`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMPrefetch(ur_queue_handle_t hQueue, const void *pMem,
                                                         size_t size,
                                                         ur_usm_migration_flags_t flags,
                                                         uint32_t numEventsInWaitList,
                                                         const ur_event_handle_t *phEventWaitList,
                                                         ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in][optional] pPool
 * @param[in] size
 * @param[in][optional] pProperties
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out] ppMem
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueUSMSharedAllocExp(
    ur_queue_handle_t hQueue, ur_usm_pool_handle_t pPool, const size_t size,
    const ur_exp_async_usm_alloc_properties_t *pProperties, uint32_t numEventsInWaitList,
    const ur_event_handle_t *phEventWaitList, void **ppMem, ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hProgram
 * @param[in] pipe_symbol
 * @param[in] blocking
 * @param[in] pSrc
 * @param[in] size
 * @param[in] numEventsInWaitList
 * @param[in][optional] phEventWaitList
 * @param[out][optional] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pipe_symbol`
 *         + `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT_WAIT_LIST
 *         + `phEventWaitList == NULL && numEventsInWaitList > 0`
 *         + `phEventWaitList != NULL && numEventsInWaitList == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEnqueueWriteHostPipe(
    ur_queue_handle_t hQueue, ur_program_handle_t hProgram, const char *pipe_symbol, bool blocking,
    void *pSrc, size_t size, uint32_t numEventsInWaitList, const ur_event_handle_t *phEventWaitList,
    ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in][optional] pDesc
 * @param[out] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phEvent`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventCreateExp(ur_context_handle_t hContext,
                                                     ur_device_handle_t hDevice,
                                                     const ur_exp_event_desc_t *pDesc,
                                                     ur_event_handle_t *phEvent);

/**
 * @brief Make an event of a native event. Native 0 gives an event complete from the
 *        start (no queue) on every adapter.
 * @param[in] hNativeEvent
 * @param[in] hContext
 * @param[in][optional] pProperties
 * @param[out] phEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == phEvent`
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE where the adapter has no native events
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventCreateWithNativeHandle(
    ur_native_handle_t hNativeEvent, ur_context_handle_t hContext,
    const ur_event_native_properties_t *pProperties, ur_event_handle_t *phEvent);

/**
 * @brief The native event of an event (0 for one made from native 0).
 * @param[in] hEvent
 * @param[out] phNativeEvent
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hEvent`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == phNativeEvent`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE where the adapter has no native events
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventGetNativeHandle(ur_event_handle_t hEvent,
                                                           ur_native_handle_t *phNativeEvent);

/**
 * @brief Call pfnNotify once the event reaches execStatus (SUBMITTED, RUNNING or COMPLETE),
 *        on the thread that sees it reached: this call, ::urEventWait, ::urEventGetInfo of the
 *        status, or the last ::urEventRelease (which then waits for the command).
 * @param[in] hEvent
 * @param[in] execStatus
 * @param[in] pfnNotify
 * @param[in][optional] pUserData
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hEvent`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pfnNotify`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `::UR_EXECUTION_INFO_QUEUED < execStatus`
 *     - ::UR_RESULT_ERROR_INVALID_EVENT
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION for ::UR_EXECUTION_INFO_QUEUED
 */
UR_APIEXPORT ur_result_t UR_APICALL urEventSetCallback(ur_event_handle_t hEvent,
                                                       ur_execution_info_t execStatus,
                                                       ur_event_callback_t pfnNotify,
                                                       void *pUserData);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[out] phGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phGraph`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphCreateExp(ur_context_handle_t hContext,
                                                     ur_exp_graph_handle_t *phGraph);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphDestroyExp(ur_exp_graph_handle_t hGraph);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hGraph
 * @param[in] pDotFilePath
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pDotFilePath`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphDumpContentsExp(ur_exp_graph_handle_t hGraph,
                                                           const char *pDotFilePath);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hExecutableGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hExecutableGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urGraphExecutableGraphDestroyExp(ur_exp_executable_graph_handle_t hExecutableGraph);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hExecutableGraph
 * @param[out] phNativeExecutableGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativeExecutableGraph`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hExecutableGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphExecutableGraphGetNativeHandleExp(
    ur_exp_executable_graph_handle_t hExecutableGraph, ur_native_handle_t *phNativeExecutableGraph);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hGraph
 * @param[out] pGraphId
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pGraphId`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphGetIdExp(ur_exp_graph_handle_t hGraph,
                                                    uint64_t *pGraphId);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hGraph
 * @param[out] phNativeGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativeGraph`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphGetNativeHandleExp(ur_exp_graph_handle_t hGraph,
                                                              ur_native_handle_t *phNativeGraph);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hGraph
 * @param[out] phExecGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phExecGraph`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphInstantiateGraphExp(
    ur_exp_graph_handle_t hGraph, ur_exp_executable_graph_handle_t *phExecGraph);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hGraph
 * @param[out] pIsEmpty
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pIsEmpty`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphIsEmptyExp(ur_exp_graph_handle_t hGraph, bool *pIsEmpty);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hGraph
 * @param[in] pfnCallback
 * @param[in][optional] pUserData
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pfnCallback`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urGraphSetDestructionCallbackExp(
    ur_exp_graph_handle_t hGraph, ur_exp_graph_destruction_callback_t pfnCallback, void *pUserData);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCCloseMemHandleExp(ur_context_handle_t hContext,
                                                           void *pMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hPhysMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hPhysMem`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCClosePhysMemHandleExp(ur_context_handle_t hContext,
                                                               ur_physical_mem_handle_t hPhysMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hEvent
 * @param[out] ppIPCEventHandleData
 * @param[out] pIPCEventHandleDataSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppIPCEventHandleData`
 *         + `NULL == pIPCEventHandleDataSizeRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hEvent`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCGetEventHandleExp(ur_event_handle_t hEvent,
                                                           void **ppIPCEventHandleData,
                                                           size_t *pIPCEventHandleDataSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pMem
 * @param[out] ppIPCMemHandleData
 * @param[out][optional] pIPCMemHandleDataSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *         + `NULL == ppIPCMemHandleData`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCGetMemHandleExp(ur_context_handle_t hContext, void *pMem,
                                                         void **ppIPCMemHandleData,
                                                         size_t *pIPCMemHandleDataSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hPhysMem
 * @param[out] ppIPCPhysMemHandleData
 * @param[out] pIPCPhysMemHandleDataSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppIPCPhysMemHandleData`
 *         + `NULL == pIPCPhysMemHandleDataSizeRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hPhysMem`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCGetPhysMemHandleExp(ur_context_handle_t hContext,
                                                             ur_physical_mem_handle_t hPhysMem,
                                                             void **ppIPCPhysMemHandleData,
                                                             size_t *pIPCPhysMemHandleDataSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pIPCEventHandleData
 * @param[in] ipcEventHandleDataSize
 * @param[out] phEvent
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pIPCEventHandleData`
 *         + `NULL == phEvent`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCOpenEventHandleExp(ur_context_handle_t hContext,
                                                            const void *pIPCEventHandleData,
                                                            size_t ipcEventHandleDataSize,
                                                            ur_event_handle_t *phEvent);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pIPCMemHandleData
 * @param[in] ipcMemHandleDataSize
 * @param[out] ppMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pIPCMemHandleData`
 *         + `NULL == ppMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCOpenMemHandleExp(ur_context_handle_t hContext,
                                                          ur_device_handle_t hDevice,
                                                          void *pIPCMemHandleData,
                                                          size_t ipcMemHandleDataSize,
                                                          void **ppMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pIPCPhysMemHandleData
 * @param[in] ipcPhysMemHandleDataSize
 * @param[out] phPhysMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pIPCPhysMemHandleData`
 *         + `NULL == phPhysMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCOpenPhysMemHandleExp(ur_context_handle_t hContext,
                                                              ur_device_handle_t hDevice,
                                                              const void *pIPCPhysMemHandleData,
                                                              size_t ipcPhysMemHandleDataSize,
                                                              ur_physical_mem_handle_t *phPhysMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pIPCEventHandleData
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pIPCEventHandleData`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCPutEventHandleExp(ur_context_handle_t hContext,
                                                           void *pIPCEventHandleData);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pIPCMemHandleData
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pIPCMemHandleData`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCPutMemHandleExp(ur_context_handle_t hContext,
                                                         void *pIPCMemHandleData);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pIPCPhysMemHandleData
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pIPCPhysMemHandleData`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urIPCPutPhysMemHandleExp(ur_context_handle_t hContext,
                                                             const void *pIPCPhysMemHandleData);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @param[in] pKernelName
 * @param[out] phKernel
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pKernelName`
 *         + `NULL == phKernel`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelCreate(ur_program_handle_t hProgram,
                                                   const char *pKernelName,
                                                   ur_kernel_handle_t *phKernel);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hNativeKernel
 * @param[in] hContext
 * @param[in][optional] hProgram
 * @param[in][optional] pProperties
 * @param[out] phKernel
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phKernel`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelCreateWithNativeHandle(
    ur_native_handle_t hNativeKernel, ur_context_handle_t hContext, ur_program_handle_t hProgram,
    const ur_kernel_native_properties_t *pProperties, ur_kernel_handle_t *phKernel);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[in] hDevice
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_KERNEL_GROUP_INFO_COMPILE_MAX_LINEAR_WORK_GROUP_SIZE < propName`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelGetGroupInfo(ur_kernel_handle_t hKernel,
                                                         ur_device_handle_t hDevice,
                                                         ur_kernel_group_info_t propName,
                                                         size_t propSize, void *pPropValue,
                                                         size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_KERNEL_INFO_NUM_REGS < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelGetInfo(ur_kernel_handle_t hKernel,
                                                    ur_kernel_info_t propName, size_t propSize,
                                                    void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[out] phNativeKernel
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativeKernel`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelGetNativeHandle(ur_kernel_handle_t hKernel,
                                                            ur_native_handle_t *phNativeKernel);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[in] hDevice
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_KERNEL_SUB_GROUP_INFO_SUB_GROUP_SIZE_INTEL < propName`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelGetSubGroupInfo(ur_kernel_handle_t hKernel,
                                                            ur_device_handle_t hDevice,
                                                            ur_kernel_sub_group_info_t propName,
                                                            size_t propSize, void *pPropValue,
                                                            size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[in] hQueue
 * @param[in] numWorkDim
 * @param[in] pGlobalWorkOffset
 * @param[in] pGlobalWorkSize
 * @param[out] pSuggestedLocalWorkSize
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pGlobalWorkOffset`
 *         + `NULL == pGlobalWorkSize`
 *         + `NULL == pSuggestedLocalWorkSize`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urKernelGetSuggestedLocalWorkSize(ur_kernel_handle_t hKernel, ur_queue_handle_t hQueue,
                                  uint32_t numWorkDim, const size_t *pGlobalWorkOffset,
                                  const size_t *pGlobalWorkSize, size_t *pSuggestedLocalWorkSize);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[in] hQueue
 * @param[in] numWorkDim
 * @param[in] pGlobalWorkOffset
 * @param[in] pGlobalWorkSize
 * @param[in] numArgs
 * @param[in][optional] pArgs
 * @param[out] pSuggestedLocalWorkSize
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pGlobalWorkOffset`
 *         + `NULL == pGlobalWorkSize`
 *         + `NULL == pSuggestedLocalWorkSize`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelGetSuggestedLocalWorkSizeWithArgs(
    ur_kernel_handle_t hKernel, ur_queue_handle_t hQueue, uint32_t numWorkDim,
    const size_t *pGlobalWorkOffset, const size_t *pGlobalWorkSize, uint32_t numArgs,
    const ur_exp_kernel_arg_properties_t *pArgs, size_t *pSuggestedLocalWorkSize);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelRelease(ur_kernel_handle_t hKernel);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelRetain(ur_kernel_handle_t hKernel);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[in] propName
 * @param[in] propSize
 * @param[in][optional] pProperties
 * @param[in] pPropValue
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pPropValue`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_KERNEL_EXEC_INFO_CACHE_CONFIG < propName`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urKernelSetExecInfo(ur_kernel_handle_t hKernel, ur_kernel_exec_info_t propName, size_t propSize,
                    const ur_kernel_exec_info_properties_t *pProperties, const void *pPropValue);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[in] count
 * @param[in] pSpecConstants
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pSpecConstants`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urKernelSetSpecializationConstants(ur_kernel_handle_t hKernel, uint32_t count,
                                   const ur_specialization_constant_info_t *pSpecConstants);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hKernel
 * @param[in] hDevice
 * @param[in] workDim
 * @param[in] pLocalWorkSize
 * @param[in] dynamicSharedMemorySize
 * @param[out] pGroupCountRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pLocalWorkSize`
 *         + `NULL == pGroupCountRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hKernel`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urKernelSuggestMaxCooperativeGroupCount(
    ur_kernel_handle_t hKernel, ur_device_handle_t hDevice, uint32_t workDim,
    const size_t *pLocalWorkSize, size_t dynamicSharedMemorySize, uint32_t *pGroupCountRet);

/**
 * @brief Query a loader configuration.
 * @param[in] hLoaderConfig handle of the configuration
 * @param[in] propName AVAILABLE_LAYERS ([char[]], ';'-separated) or REFERENCE_COUNT ([uint32_t])
 * @param[in] propSize bytes available at pPropValue
 * @param[out][optional] pPropValue the value
 * @param[out][optional] pPropSizeRet the size of the value
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `propSize != 0 && pPropValue == NULL` or
 *       `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hLoaderConfig`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `UR_LOADER_CONFIG_INFO_REFERENCE_COUNT < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `propSize == 0 && pPropValue != NULL`, or propSize is
 *       less than the size of the value
 */
UR_APIEXPORT ur_result_t UR_APICALL urLoaderConfigGetInfo(ur_loader_config_handle_t hLoaderConfig,
                                                          ur_loader_config_info_t propName,
                                                          size_t propSize, void *pPropValue,
                                                          size_t *pPropSizeRet);

/**
 * @brief Set a code-location callback (used by upstream's tracing layer). urpeer has no tracing
 *        layer: the callback is accepted and never called. Works before urLoaderInit.
 * @param[in] hLoaderConfig handle of the configuration
 * @param[in] pfnCodeloc the callback
 * @param[in][optional] pUserData passed to the callback
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pfnCodeloc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hLoaderConfig`
 */
UR_APIEXPORT ur_result_t UR_APICALL
urLoaderConfigSetCodeLocationCallback(ur_loader_config_handle_t hLoaderConfig,
                                      ur_code_location_callback_t pfnCodeloc, void *pUserData);

/**
 * @brief Turn upstream's mock adapter on or off. urpeer has no mock adapter (its simulated node is
 *        a full implementation: see urpeerLoaderConfigSetSimulation). Works before urLoaderInit.
 * @param[in] hLoaderConfig handle of the configuration
 * @param[in] enable true to turn mocking on
 * @returns
 *     - ::UR_RESULT_SUCCESS if `enable` is false
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hLoaderConfig`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE if `enable` is true
 */
UR_APIEXPORT ur_result_t UR_APICALL
urLoaderConfigSetMockingEnabled(ur_loader_config_handle_t hLoaderConfig, ur_bool_t enable);

/**
 * @brief Create a memory buffer: device memory of a context device (the one the
 *        ur_buffer_alloc_location_properties_t extension names, else the first), host memory for
 *        ALLOC_HOST_POINTER, the application's memory itself for USE_HOST_POINTER
 *        (docs/buffers.md).
 * @param[in] hContext
 * @param[in] flags
 * @param[in] size
 * @param[in][optional] pProperties
 * @param[out] phBuffer
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == phBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `UR_MEM_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_INVALID_BUFFER_SIZE if `size == 0`, or size is above a context device's
 *       UR_DEVICE_INFO_MAX_MEM_ALLOC_SIZE
 *     - ::UR_RESULT_ERROR_INVALID_HOST_PTR if USE_HOST_POINTER or ALLOC_COPY_HOST_POINTER is set
 *       without `pProperties->pHost`, or pHost is given without one of them
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT for a handle that is not a live context
 *     - ::UR_RESULT_ERROR_INVALID_VALUE for two access flags, or USE_HOST_POINTER with
 *       ALLOC_HOST_POINTER or ALLOC_COPY_HOST_POINTER
 *     - ::UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY, UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemBufferCreate(ur_context_handle_t hContext,
                                                      ur_mem_flags_t flags, size_t size,
                                                      const ur_buffer_properties_t *pProperties,
                                                      ur_mem_handle_t *phBuffer);

/**
 * @brief Wrap memory as a buffer: a native handle of a live buffer (a pointer inside it) or a
 *        pointer into a USM allocation; the buffer runs to the end of that memory. urpeer never
 *        takes ownership of the memory.
 * @param[in] hNativeMem
 * @param[in] hContext
 * @param[in][optional] pProperties
 * @param[out] phMem
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == phMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT for a handle that is not a live context
 *     - ::UR_RESULT_ERROR_INVALID_VALUE if hNativeMem is not memory the context's driver knows
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemBufferCreateWithNativeHandle(
    ur_native_handle_t hNativeMem, ur_context_handle_t hContext,
    const ur_mem_native_properties_t *pProperties, ur_mem_handle_t *phMem);

/**
 * @brief Create a sub-buffer sharing its parent's memory; it holds a reference on the parent.
 * @param[in] hBuffer
 * @param[in] flags
 * @param[in] bufferCreateType
 * @param[in] pRegion
 * @param[out] phMem
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pRegion` or `NULL == phMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hBuffer`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `UR_MEM_FLAGS_MASK & flags` or
 *       `UR_BUFFER_CREATE_TYPE_REGION < bufferCreateType`
 *     - ::UR_RESULT_ERROR_INVALID_BUFFER_SIZE if `pRegion->size == 0` or the region ends past the
 *       parent
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT if hBuffer is not a live buffer, or is a sub-buffer
 *     - ::UR_RESULT_ERROR_INVALID_VALUE for host-pointer flags, or access the parent does not allow
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemBufferPartition(ur_mem_handle_t hBuffer,
                                                         ur_mem_flags_t flags,
                                                         ur_buffer_create_type_t bufferCreateType,
                                                         const ur_buffer_region_t *pRegion,
                                                         ur_mem_handle_t *phMem);

/**
 * @brief Query a buffer: SIZE ([size_t]), CONTEXT ([ur_context_handle_t]), REFERENCE_COUNT
 *        ([uint32_t]).
 * @param[in] hMemory
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `propSize != 0 && pPropValue == NULL` or
 *       `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hMemory`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION if `UR_MEM_INFO_REFERENCE_COUNT < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE if `propSize == 0 && pPropValue != NULL`, or propSize is
 *       less than the size of the value
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT if hMemory is not a live buffer
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemGetInfo(ur_mem_handle_t hMemory, ur_mem_info_t propName,
                                                 size_t propSize, void *pPropValue,
                                                 size_t *pPropSizeRet);

/**
 * @brief The buffer memory's address (a device pointer, as the native API knows it).
 * @param[in] hMem
 * @param[in][optional] hDevice
 * @param[out] phNativeMem
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == phNativeMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hMem`
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT if hMem is not a live buffer
 *     - ::UR_RESULT_ERROR_INVALID_DEVICE if hDevice is given and is not a device of the buffer's
 *       context
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemGetNativeHandle(ur_mem_handle_t hMem,
                                                         ur_device_handle_t hDevice,
                                                         ur_native_handle_t *phNativeMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] flags
 * @param[in] pImageFormat
 * @param[in] pImageDesc
 * @param[in][optional] pHost
 * @param[out] phMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageFormat`
 *         + `NULL == pImageDesc`
 *         + `NULL == phMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_MEM_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_INVALID_IMAGE_FORMAT_DESCRIPTOR
 *         + `pImageDesc && UR_STRUCTURE_TYPE_IMAGE_DESC != pImageDesc->stype`
 *         + `pImageDesc && UR_MEM_TYPE_IMAGE1D_ARRAY < pImageDesc->type`
 *         + `pImageDesc && pImageDesc->numMipLevel != 0`
 *         + `pImageDesc && pImageDesc->numSamples != 0`
 *         + `pImageDesc && pImageDesc->rowPitch != 0 && pHost == NULL`
 *         + `pImageDesc && pImageDesc->slicePitch != 0 && pHost == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_HOST_PTR
 *         + `pHost == NULL && (flags & (UR_MEM_FLAG_USE_HOST_POINTER |
 *           UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER)) != 0`
 *         + `pHost != NULL && (flags & (UR_MEM_FLAG_USE_HOST_POINTER |
 *           UR_MEM_FLAG_ALLOC_COPY_HOST_POINTER)) == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemImageCreate(ur_context_handle_t hContext,
                                                     ur_mem_flags_t flags,
                                                     const ur_image_format_t *pImageFormat,
                                                     const ur_image_desc_t *pImageDesc, void *pHost,
                                                     ur_mem_handle_t *phMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hNativeMem
 * @param[in] hContext
 * @param[in] pImageFormat
 * @param[in] pImageDesc
 * @param[in][optional] pProperties
 * @param[out] phMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pImageFormat`
 *         + `NULL == pImageDesc`
 *         + `NULL == phMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemImageCreateWithNativeHandle(
    ur_native_handle_t hNativeMem, ur_context_handle_t hContext,
    const ur_image_format_t *pImageFormat, const ur_image_desc_t *pImageDesc,
    const ur_mem_native_properties_t *pProperties, ur_mem_handle_t *phMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hMemory
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hMemory`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_IMAGE_INFO_DEPTH < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemImageGetInfo(ur_mem_handle_t hMemory,
                                                      ur_image_info_t propName, size_t propSize,
                                                      void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Release a buffer; the last release frees its memory once the commands using it have
 *        finished.
 * @param[in] hMem
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hMem`
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT if hMem is not a live buffer
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemRelease(ur_mem_handle_t hMem);

/**
 * @brief Take a reference on a buffer.
 * @param[in] hMem
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hMem`
 *     - ::UR_RESULT_ERROR_INVALID_MEM_OBJECT if hMem is not a live buffer
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemRetain(ur_mem_handle_t hMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] alignment
 * @param[in] size
 * @param[in] handleTypeToExport
 * @param[out] ppMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_EXTERNAL_MEM_TYPE_WIN32_NT_DX12_RESOURCE < handleTypeToExport`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_ALIGNMENT
 *         + `alignment != 0 && ((alignment & (alignment-1)) != 0)`
 *     - ::UR_RESULT_ERROR_INVALID_USM_SIZE
 *         + `size == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemoryExportAllocExportableMemoryExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, size_t alignment, size_t size,
    ur_exp_external_mem_type_t handleTypeToExport, void **ppMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] handleTypeToExport
 * @param[in] pMem
 * @param[out] pMemHandleRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *         + `NULL == pMemHandleRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_EXTERNAL_MEM_TYPE_WIN32_NT_DX12_RESOURCE < handleTypeToExport`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemoryExportExportMemoryHandleExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice,
    ur_exp_external_mem_type_t handleTypeToExport, void *pMem, void *pMemHandleRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urMemoryExportFreeExportableMemoryExp(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, void *pMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] size
 * @param[in][optional] pProperties
 * @param[out] phPhysicalMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phPhysicalMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pProperties && ::UR_PHYSICAL_MEM_FLAGS_MASK & pProperties->flags`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urPhysicalMemCreate(
    ur_context_handle_t hContext, ur_device_handle_t hDevice, size_t size,
    const ur_physical_mem_properties_t *pProperties, ur_physical_mem_handle_t *phPhysicalMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hPhysicalMem
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPhysicalMem`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_PHYSICAL_MEM_INFO_REFERENCE_COUNT < propName`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urPhysicalMemGetInfo(ur_physical_mem_handle_t hPhysicalMem,
                                                         ur_physical_mem_info_t propName,
                                                         size_t propSize, void *pPropValue,
                                                         size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hPhysicalMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPhysicalMem`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urPhysicalMemRelease(ur_physical_mem_handle_t hPhysicalMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hPhysicalMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPhysicalMem`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urPhysicalMemRetain(ur_physical_mem_handle_t hPhysicalMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hNativePlatform
 * @param[in] hAdapter
 * @param[in][optional] pProperties
 * @param[out] phPlatform
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phPlatform`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hAdapter`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urPlatformCreateWithNativeHandle(
    ur_native_handle_t hNativePlatform, ur_adapter_handle_t hAdapter,
    const ur_platform_native_properties_t *pProperties, ur_platform_handle_t *phPlatform);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hPlatform
 * @param[in] pFrontendOption
 * @param[out] ppPlatformOption
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pFrontendOption`
 *         + `NULL == ppPlatformOption`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPlatform`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urPlatformGetBackendOption(ur_platform_handle_t hPlatform,
                                                               const char *pFrontendOption,
                                                               const char **ppPlatformOption);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hProgram
 * @param[in][optional] pOptions
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramBuild(ur_context_handle_t hContext,
                                                   ur_program_handle_t hProgram,
                                                   const char *pOptions);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @param[in] numDevices
 * @param[in] phDevices
 * @param[in] flags
 * @param[in][optional] pOptions
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phDevices`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_PROGRAM_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramBuildExp(ur_program_handle_t hProgram,
                                                      uint32_t numDevices,
                                                      ur_device_handle_t *phDevices,
                                                      ur_exp_program_flags_t flags,
                                                      const char *pOptions);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hProgram
 * @param[in][optional] pOptions
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramCompile(ur_context_handle_t hContext,
                                                     ur_program_handle_t hProgram,
                                                     const char *pOptions);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @param[in] numDevices
 * @param[in] phDevices
 * @param[in] flags
 * @param[in][optional] pOptions
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phDevices`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_PROGRAM_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramCompileExp(ur_program_handle_t hProgram,
                                                        uint32_t numDevices,
                                                        ur_device_handle_t *phDevices,
                                                        ur_exp_program_flags_t flags,
                                                        const char *pOptions);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] numDevices
 * @param[in] phDevices
 * @param[in] pLengths
 * @param[in] ppBinaries
 * @param[in][optional] pProperties
 * @param[out] phProgram
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phDevices`
 *         + `NULL == pLengths`
 *         + `NULL == ppBinaries`
 *         + `NULL == phProgram`
 *         + `NULL != pProperties && pProperties->count > 0 && NULL == pProperties->pMetadatas`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `NULL != pProperties && NULL != pProperties->pMetadatas && pProperties->count == 0`
 *         + `numDevices == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramCreateWithBinary(
    ur_context_handle_t hContext, uint32_t numDevices, ur_device_handle_t *phDevices,
    size_t *pLengths, const uint8_t **ppBinaries, const ur_program_properties_t *pProperties,
    ur_program_handle_t *phProgram);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pIL
 * @param[in] length
 * @param[in][optional] pProperties
 * @param[out] phProgram
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pIL`
 *         + `NULL == phProgram`
 *         + `NULL != pProperties && pProperties->count > 0 && NULL == pProperties->pMetadatas`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `NULL != pProperties && NULL != pProperties->pMetadatas && pProperties->count == 0`
 *         + `length == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urProgramCreateWithIL(ur_context_handle_t hContext, const void *pIL, size_t length,
                      const ur_program_properties_t *pProperties, ur_program_handle_t *phProgram);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hNativeProgram
 * @param[in] hContext
 * @param[in][optional] pProperties
 * @param[out] phProgram
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phProgram`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramCreateWithNativeHandle(
    ur_native_handle_t hNativeProgram, ur_context_handle_t hContext,
    const ur_program_native_properties_t *pProperties, ur_program_handle_t *phProgram);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] count
 * @param[in] phPrograms
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phPrograms`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `count == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramDynamicLinkExp(ur_context_handle_t hContext,
                                                            uint32_t count,
                                                            const ur_program_handle_t *phPrograms);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @param[in] hDevice
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_PROGRAM_BUILD_INFO_BINARY_TYPE < propName`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramGetBuildInfo(ur_program_handle_t hProgram,
                                                          ur_device_handle_t hDevice,
                                                          ur_program_build_info_t propName,
                                                          size_t propSize, void *pPropValue,
                                                          size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hDevice
 * @param[in] hProgram
 * @param[in] pFunctionName
 * @param[out] ppFunctionPointer
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pFunctionName`
 *         + `NULL == ppFunctionPointer`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramGetFunctionPointer(ur_device_handle_t hDevice,
                                                                ur_program_handle_t hProgram,
                                                                const char *pFunctionName,
                                                                void **ppFunctionPointer);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hDevice
 * @param[in] hProgram
 * @param[in] pGlobalVariableName
 * @param[out][optional] pGlobalVariableSizeRet
 * @param[out] ppGlobalVariablePointerRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pGlobalVariableName`
 *         + `NULL == ppGlobalVariablePointerRet`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hDevice`
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramGetGlobalVariablePointer(
    ur_device_handle_t hDevice, ur_program_handle_t hProgram, const char *pGlobalVariableName,
    size_t *pGlobalVariableSizeRet, void **ppGlobalVariablePointerRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_PROGRAM_INFO_KERNEL_NAMES < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramGetInfo(ur_program_handle_t hProgram,
                                                     ur_program_info_t propName, size_t propSize,
                                                     void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @param[out] phNativeProgram
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativeProgram`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramGetNativeHandle(ur_program_handle_t hProgram,
                                                             ur_native_handle_t *phNativeProgram);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] count
 * @param[in] phPrograms
 * @param[in][optional] pOptions
 * @param[out] phProgram
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phPrograms`
 *         + `NULL == phProgram`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `count == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramLink(ur_context_handle_t hContext, uint32_t count,
                                                  const ur_program_handle_t *phPrograms,
                                                  const char *pOptions,
                                                  ur_program_handle_t *phProgram);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] numDevices
 * @param[in] phDevices
 * @param[in] flags
 * @param[in] count
 * @param[in] phPrograms
 * @param[in][optional] pOptions
 * @param[out] phProgram
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phDevices`
 *         + `NULL == phPrograms`
 *         + `NULL == phProgram`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_EXP_PROGRAM_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramLinkExp(
    ur_context_handle_t hContext, uint32_t numDevices, ur_device_handle_t *phDevices,
    ur_exp_program_flags_t flags, uint32_t count, const ur_program_handle_t *phPrograms,
    const char *pOptions, ur_program_handle_t *phProgram);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramRelease(ur_program_handle_t hProgram);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urProgramRetain(ur_program_handle_t hProgram);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hProgram
 * @param[in] count
 * @param[in] pSpecConstants
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pSpecConstants`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hProgram`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `count == 0`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urProgramSetSpecializationConstants(ur_program_handle_t hProgram, uint32_t count,
                                    const ur_specialization_constant_info_t *pSpecConstants);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[in] hGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *         + `NULL == hGraph`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueBeginCaptureIntoGraphExp(ur_queue_handle_t hQueue,
                                                                    ur_exp_graph_handle_t hGraph);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueBeginGraphCaptureExp(ur_queue_handle_t hQueue);

/**
 * @brief Make a queue of a native queue; hDevice NULL: the native queue's device.
 * @param[in] hNativeQueue
 * @param[in] hContext
 * @param[in][optional] hDevice
 * @param[in][optional] pProperties
 * @param[out] phQueue
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == phQueue`
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT
 *     - ::UR_RESULT_ERROR_INVALID_DEVICE
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE where the adapter has no native queues
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueCreateWithNativeHandle(
    ur_native_handle_t hNativeQueue, ur_context_handle_t hContext, ur_device_handle_t hDevice,
    const ur_queue_native_properties_t *pProperties, ur_queue_handle_t *phQueue);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[out] phGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phGraph`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueEndGraphCaptureExp(ur_queue_handle_t hQueue,
                                                              ur_exp_graph_handle_t *phGraph);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[out] phGraph
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phGraph`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueGetGraphExp(ur_queue_handle_t hQueue,
                                                       ur_exp_graph_handle_t *phGraph);

/**
 * @brief The native queue (stream) of a queue.
 * @param[in] hQueue
 * @param[in][optional] pDesc
 * @param[out] phNativeQueue
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == phNativeQueue`
 *     - ::UR_RESULT_ERROR_INVALID_QUEUE
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE where the adapter has no native queues
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueGetNativeHandle(ur_queue_handle_t hQueue,
                                                           ur_queue_native_desc_t *pDesc,
                                                           ur_native_handle_t *phNativeQueue);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hQueue
 * @param[out] pResult
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pResult`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hQueue`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urQueueIsGraphCaptureEnabledExp(ur_queue_handle_t hQueue,
                                                                    bool *pResult);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pDesc
 * @param[out] phSampler
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pDesc`
 *         + `NULL == phSampler`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pDesc && ::UR_SAMPLER_ADDRESSING_MODE_MIRRORED_REPEAT < pDesc->addressingMode`
 *         + `NULL != pDesc && ::UR_SAMPLER_FILTER_MODE_LINEAR < pDesc->filterMode`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urSamplerCreate(ur_context_handle_t hContext,
                                                    const ur_sampler_desc_t *pDesc,
                                                    ur_sampler_handle_t *phSampler);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hNativeSampler
 * @param[in] hContext
 * @param[in][optional] pProperties
 * @param[out] phSampler
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phSampler`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urSamplerCreateWithNativeHandle(
    ur_native_handle_t hNativeSampler, ur_context_handle_t hContext,
    const ur_sampler_native_properties_t *pProperties, ur_sampler_handle_t *phSampler);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hSampler
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hSampler`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_SAMPLER_INFO_FILTER_MODE < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urSamplerGetInfo(ur_sampler_handle_t hSampler,
                                                     ur_sampler_info_t propName, size_t propSize,
                                                     void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hSampler
 * @param[out] phNativeSampler
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == phNativeSampler`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hSampler`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urSamplerGetNativeHandle(ur_sampler_handle_t hSampler,
                                                             ur_native_handle_t *phNativeSampler);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hSampler
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hSampler`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urSamplerRelease(ur_sampler_handle_t hSampler);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hSampler
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hSampler`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urSamplerRetain(ur_sampler_handle_t hSampler);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pDst
 * @param[in] pSrc
 * @param[in] size
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pDst`
 *         + `NULL == pSrc`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMContextMemcpyExp(ur_context_handle_t hContext, void *pDst,
                                                          const void *pSrc, size_t size);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pHostMem
 * @param[in] size
 * @param[in][optional] pProperties
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pHostMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urUSMHostAllocRegisterExp(ur_context_handle_t hContext, void *pHostMem, size_t size,
                          const ur_exp_usm_host_alloc_register_properties_t *pProperties);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pHostMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pHostMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMHostAllocUnregisterExp(ur_context_handle_t hContext,
                                                                void *pHostMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pMem
 * @param[in] size
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMImportExp(ur_context_handle_t hContext, void *pMem,
                                                   size_t size);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in][optional] pUSMDesc
 * @param[in][optional] pool
 * @param[in] widthInBytes
 * @param[in] height
 * @param[in] elementSizeBytes
 * @param[out] ppMem
 * @param[out] pResultPitch
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppMem`
 *         + `NULL == pResultPitch`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pUSMDesc && ::UR_USM_ADVICE_FLAGS_MASK & pUSMDesc->hints`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urUSMPitchedAllocExp(ur_context_handle_t hContext, ur_device_handle_t hDevice,
                     const ur_usm_desc_t *pUSMDesc, ur_usm_pool_handle_t pool, size_t widthInBytes,
                     size_t height, size_t elementSizeBytes, void **ppMem, size_t *pResultPitch);

/**
 * @brief Create a USM memory pool of a context.
 *
 * @details
 *     - A pool is a core object of urpeer, on every adapter: its allocations
 *       (urUSMHostAlloc, urUSMDeviceAlloc, urUSMSharedAlloc with `pool` set) are made by the
 *       adapter's usual allocator, one driver allocation each (no caching), so allocations of
 *       different pools never share a page.
 *     - ::UR_USM_POOL_FLAG_ZERO_INITIALIZE_BLOCK: every allocation from the pool starts zeroed.
 *       The experimental flags are accepted and have no effect.
 *     - A ::ur_usm_pool_limits_desc_t in the pNext chain is accepted (urpeer keeps no cache for
 *       it to limit).
 *     - The pool holds a reference on `hContext`.
 *
 * @param[in] hContext handle of the context object.
 * @param[in] pPoolDesc pointer to the USM pool descriptor; may be chained with
 *        ::ur_usm_pool_limits_desc_t.
 * @param[out] ppPool pointer to the USM memory pool created.
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pPoolDesc`
 *         + `NULL == ppPool`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `NULL != pPoolDesc && ::UR_USM_POOL_FLAGS_MASK & pPoolDesc->flags`
 *     - ::UR_RESULT_ERROR_INVALID_CONTEXT if hContext is not a live context
 *     - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolCreate(ur_context_handle_t hContext,
                                                    ur_usm_pool_desc_t *pPoolDesc,
                                                    ur_usm_pool_handle_t *ppPool);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] pPoolDesc
 * @param[out] pPool
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pPoolDesc`
 *         + `NULL == pPool`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolCreateExp(ur_context_handle_t hContext,
                                                       ur_device_handle_t hDevice,
                                                       ur_usm_pool_desc_t *pPoolDesc,
                                                       ur_usm_pool_handle_t *pPool);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hPool
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *         + `NULL == hPool`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolDestroyExp(ur_context_handle_t hContext,
                                                        ur_device_handle_t hDevice,
                                                        ur_usm_pool_handle_t hPool);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[out] pPool
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pPool`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolGetDefaultDevicePoolExp(ur_context_handle_t hContext,
                                                                     ur_device_handle_t hDevice,
                                                                     ur_usm_pool_handle_t *pPool);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[out] pPool
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pPool`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolGetDevicePoolExp(ur_context_handle_t hContext,
                                                              ur_device_handle_t hDevice,
                                                              ur_usm_pool_handle_t *pPool);

/**
 * @brief Query a USM memory pool: ::UR_USM_POOL_INFO_REFERENCE_COUNT (the application's
 *        references and one per allocation alive), ::UR_USM_POOL_INFO_CONTEXT.
 * @param[in] hPool
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPool`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_USM_POOL_INFO_CONTEXT < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *         + If `propSize` is less than the real number of bytes needed to return the info.
 *     - ::UR_RESULT_ERROR_INVALID_ARGUMENT if hPool is not a live pool
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolGetInfo(ur_usm_pool_handle_t hPool,
                                                     ur_usm_pool_info_t propName, size_t propSize,
                                                     void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hPool
 * @param[in] propName
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPool`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_USM_POOL_INFO_CONTEXT < propName`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolGetInfoExp(ur_usm_pool_handle_t hPool,
                                                        ur_usm_pool_info_t propName,
                                                        void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Release a USM memory pool.
 *
 * @details
 *     - Each allocation from the pool also holds a reference on it (counted in
 *       ::UR_USM_POOL_INFO_REFERENCE_COUNT): the pool, and the context it holds, go away at the
 *       last release once every allocation from it is freed. Upstream asks that allocations be
 *       freed before the last release; in urpeer, allocations still alive then stay valid until
 *       urUSMFree (or until teardown, which reports them with the leak-checking layer).
 *
 * @param[in] pPool
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == pPool`
 *     - ::UR_RESULT_ERROR_INVALID_ARGUMENT if pPool is not a live pool
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolRelease(ur_usm_pool_handle_t pPool);

/**
 * @brief Take a reference on a USM memory pool.
 * @param[in] pPool
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == pPool`
 *     - ::UR_RESULT_ERROR_INVALID_ARGUMENT if pPool is not a live pool
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolRetain(ur_usm_pool_handle_t pPool);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hPool
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *         + `NULL == hPool`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolSetDevicePoolExp(ur_context_handle_t hContext,
                                                              ur_device_handle_t hDevice,
                                                              ur_usm_pool_handle_t hPool);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hPool
 * @param[in] propName
 * @param[in] pPropValue
 * @param[in] propSize
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pPropValue`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hPool`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_USM_POOL_INFO_CONTEXT < propName`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolSetInfoExp(ur_usm_pool_handle_t hPool,
                                                        ur_usm_pool_info_t propName,
                                                        void *pPropValue, size_t propSize);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in] hPool
 * @param[in] minBytesToKeep
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hDevice`
 *         + `NULL == hPool`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMPoolTrimToExp(ur_context_handle_t hContext,
                                                       ur_device_handle_t hDevice,
                                                       ur_usm_pool_handle_t hPool,
                                                       size_t minBytesToKeep);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pMem
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMReleaseExp(ur_context_handle_t hContext, void *pMem);

/**
 * @brief Shared USM: memory of hDevice the host reaches at the same address (the simulated
 *        node has it; other adapters answer UR_RESULT_ERROR_UNSUPPORTED_FEATURE).
 * @param[in] hContext
 * @param[in] hDevice
 * @param[in][optional] pUSMDesc
 * @param[in][optional] pool
 * @param[in] size
 * @param[out] ppMem
 * @returns
 *     - ::UR_RESULT_SUCCESS
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == ppMem`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hContext` or `NULL == hDevice`
 *     - as ::urUSMDeviceAlloc otherwise
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE where the adapter has no shared memory
 */
UR_APIEXPORT ur_result_t UR_APICALL urUSMSharedAlloc(ur_context_handle_t hContext,
                                                     ur_device_handle_t hDevice,
                                                     const ur_usm_desc_t *pUSMDesc,
                                                     ur_usm_pool_handle_t pool, size_t size,
                                                     void **ppMem);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pStart
 * @param[in] size
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pStart`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urVirtualMemFree(ur_context_handle_t hContext,
                                                     const void *pStart, size_t size);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pStart
 * @param[in] size
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pStart`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_VIRTUAL_MEM_INFO_ACCESS_MODE < propName`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urVirtualMemGetInfo(ur_context_handle_t hContext,
                                                        const void *pStart, size_t size,
                                                        ur_virtual_mem_info_t propName,
                                                        size_t propSize, void *pPropValue,
                                                        size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in][optional] hDevice
 * @param[in] allocationSize
 * @param[in] propName
 * @param[in] propSize
 * @param[out][optional] pPropValue
 * @param[out][optional] pPropSizeRet
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_VIRTUAL_MEM_GRANULARITY_INFO_RECOMMENDED < propName`
 *     - ::UR_RESULT_ERROR_INVALID_SIZE
 *         + `propSize == 0 && pPropValue != NULL`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `propSize != 0 && pPropValue == NULL`
 *         + `pPropValue == NULL && pPropSizeRet == NULL`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL
urVirtualMemGranularityGetInfo(ur_context_handle_t hContext, ur_device_handle_t hDevice,
                               size_t allocationSize, ur_virtual_mem_granularity_info_t propName,
                               size_t propSize, void *pPropValue, size_t *pPropSizeRet);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pStart
 * @param[in] size
 * @param[in] hPhysicalMem
 * @param[in] offset
 * @param[in] flags
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pStart`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *         + `NULL == hPhysicalMem`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_VIRTUAL_MEM_ACCESS_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urVirtualMemMap(ur_context_handle_t hContext,
                                                    const void *pStart, size_t size,
                                                    ur_physical_mem_handle_t hPhysicalMem,
                                                    size_t offset,
                                                    ur_virtual_mem_access_flags_t flags);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in][optional] pStart
 * @param[in] size
 * @param[out] ppStart
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == ppStart`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urVirtualMemReserve(ur_context_handle_t hContext,
                                                        const void *pStart, size_t size,
                                                        void **ppStart);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pStart
 * @param[in] size
 * @param[in] flags
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pStart`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_INVALID_ENUMERATION
 *         + `::UR_VIRTUAL_MEM_ACCESS_FLAGS_MASK & flags`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urVirtualMemSetAccess(ur_context_handle_t hContext,
                                                          const void *pStart, size_t size,
                                                          ur_virtual_mem_access_flags_t flags);

/**
 * @brief Exported for binary compatibility with upstream's loader; urpeer checks the
 *        arguments as upstream does, then returns UR_RESULT_ERROR_UNSUPPORTED_FEATURE.
 * @param[in] hContext
 * @param[in] pStart
 * @param[in] size
 * @returns
 *     - ::UR_RESULT_ERROR_UNINITIALIZED
 *     - ::UR_RESULT_ERROR_INVALID_NULL_POINTER
 *         + `NULL == pStart`
 *     - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE
 *         + `NULL == hContext`
 *     - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE
 *         + When every check above passes: urpeer does not implement this function.
 */
UR_APIEXPORT ur_result_t UR_APICALL urVirtualMemUnmap(ur_context_handle_t hContext,
                                                      const void *pStart, size_t size);

#if defined(__cplusplus)
} // extern "C"
#endif

#endif // UR_API_H_INCLUDED
