/* SPDX-License-Identifier: MIT */
/**
 * @file urpeer.h
 * @brief urpeer's additions to the Unified Runtime API: library version, extra peer queries, and
 *        controls of the simulated multi-GPU node.
 *
 * Everything here is named `urpeer*` / `URPEER_*` and uses values that cannot collide with upstream
 * Unified Runtime: extra `ur_exp_peer_info_t` values live at 0x7F000000 and above.
 *
 * Error convention: every function returns a ur_result_t; outputs are written only on success.
 */
#ifndef URPEER_H
#define URPEER_H

#include "ur_api.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Library version, as a number: major * 10000 + minor * 100 + patch. */
#define URPEER_VERSION_MAJOR 0
#define URPEER_VERSION_MINOR 1
#define URPEER_VERSION_PATCH 0
#define URPEER_VERSION                                                                             \
    (URPEER_VERSION_MAJOR * 10000 + URPEER_VERSION_MINOR * 100 + URPEER_VERSION_PATCH)

/**
 * @brief Extra queries for urUsmP2PPeerAccessGetInfoExp (passed as its propName).
 *
 * Both return an `int`, with the same size rules as the upstream queries.
 */
typedef enum urpeer_peer_info_t {
    /** [int] 1 while access from commandDevice to peerDevice is enabled through urpeer (the
     *  Enable/Disable nesting count is above zero), else 0. Self pairs answer 1. */
    URPEER_PEER_INFO_ACCESS_ENABLED = 0x7F000000,
    /** [int] The driver's performance rank of the link (CUDA/HIP: PERFORMANCE_RANK; simulated node:
     *  the topology's rank). UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION where the backend has none. */
    URPEER_PEER_INFO_PERFORMANCE_RANK = 0x7F000001,
    /** [int] The link's rated bandwidth in GB/s where the backend knows it (simulated node),
     *  UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION otherwise. */
    URPEER_PEER_INFO_BANDWIDTH_GBPS = 0x7F000002,
    /** [int] The current Enable/Disable nesting count (0 when not enabled). Self pairs answer 0. */
    URPEER_PEER_INFO_ENABLE_COUNT = 0x7F000003,
    /** [int] The kind of link between the devices, a urpeer_link_type_t, where the backend knows
     *  it (simulated node: the topology's `type`); UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION
     *  otherwise. Self pairs answer URPEER_LINK_TYPE_SELF. */
    URPEER_PEER_INFO_LINK_TYPE = 0x7F000004,
    /** [int] The number of links of an NVLink, xGMI or Xe Link connection where the backend knows
     *  it; UR_RESULT_ERROR_UNSUPPORTED_ENUMERATION otherwise. */
    URPEER_PEER_INFO_LINK_COUNT = 0x7F000005,
    /** @cond */
    URPEER_PEER_INFO_LAST_ = 0x7F000005,
    URPEER_PEER_INFO_FORCE_UINT32 = 0x7fffffff
    /** @endcond */
} urpeer_peer_info_t;

/**
 * @brief What joins two devices (URPEER_PEER_INFO_LINK_TYPE), in the vocabulary of
 *        `nvidia-smi topo -m`, for every vendor. The PCIe kinds name the path peer traffic takes.
 */
typedef enum urpeer_link_type_t {
    URPEER_LINK_TYPE_UNKNOWN = 0,
    URPEER_LINK_TYPE_SELF = 1,          /**< X: the same device */
    URPEER_LINK_TYPE_NVLINK = 2,        /**< NV#: NVLink (URPEER_PEER_INFO_LINK_COUNT links) */
    URPEER_LINK_TYPE_XGMI = 3,          /**< XGMI: AMD Infinity Fabric */
    URPEER_LINK_TYPE_XELINK = 4,        /**< XELINK: Intel Xe Link */
    URPEER_LINK_TYPE_PCIE_SWITCH = 5,   /**< PIX: through at most one PCIe switch */
    URPEER_LINK_TYPE_PCIE_SWITCHES = 6, /**< PXB: through several PCIe switches */
    URPEER_LINK_TYPE_HOST_BRIDGE = 7,   /**< PHB: through a PCIe host bridge */
    URPEER_LINK_TYPE_NUMA_NODE = 8,     /**< NODE: between host bridges of one NUMA node */
    URPEER_LINK_TYPE_CROSS_SOCKET = 9,  /**< SYS: across sockets (the SMP interconnect) */
    /** @cond */
    URPEER_LINK_TYPE_FORCE_UINT32 = 0x7fffffff
    /** @endcond */
} urpeer_link_type_t;

/**
 * @brief Library and API versions.
 * @param[out] pLibraryVersion URPEER_VERSION of the loaded library (optional).
 * @param[out] pApiVersion UR API version the library implements, UR_API_VERSION_CURRENT (optional).
 * @returns
 *   - ::UR_RESULT_SUCCESS
 *   - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if both outputs are NULL
 */
UR_APIEXPORT ur_result_t UR_APICALL urpeerGetVersion(uint32_t *pLibraryVersion,
                                                     ur_api_version_t *pApiVersion);

/**
 * @brief Turn on the simulated node for the next urLoaderInit that uses this configuration.
 *
 * Overrides URPEER_SIM. @p pSpec is a preset name (`pair`, `pcie4`, `nvswitch8`, `isolated2`) or
 * the path of a topology file (see docs/topology-format.md); NULL turns the simulated node off.
 * The spec is checked at urLoaderInit, which fails with UR_RESULT_ERROR_INVALID_VALUE (and logs
 * the file, line and reason) if it does not parse.
 * @returns
 *   - ::UR_RESULT_SUCCESS
 *   - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hLoaderConfig`
 *   - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL
urpeerLoaderConfigSetSimulation(ur_loader_config_handle_t hLoaderConfig, const char *pSpec);

/**
 * @brief Restrict which adapters urLoaderInit loads with this configuration.
 *
 * Overrides URPEER_ADAPTERS. @p pList is a comma-separated list of adapter names (`cuda`, `hip`,
 * `level_zero`, `sim`); NULL means every built adapter.
 * @returns
 *   - ::UR_RESULT_SUCCESS
 *   - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hLoaderConfig`
 *   - ::UR_RESULT_ERROR_INVALID_VALUE if the list names an unknown adapter
 *   - ::UR_RESULT_ERROR_OUT_OF_HOST_MEMORY
 */
UR_APIEXPORT ur_result_t UR_APICALL
urpeerLoaderConfigSetAdapters(ur_loader_config_handle_t hLoaderConfig, const char *pList);

/**
 * @brief Check a topology file without loading it.
 * @param[in] pPath Path of the topology file.
 * @param[out] pMessage Buffer for the first error, "FILE:LINE: reason" (optional).
 * @param[in] messageSize Size of @p pMessage in bytes.
 * @returns
 *   - ::UR_RESULT_SUCCESS if the file parses
 *   - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pPath`
 *   - ::UR_RESULT_ERROR_INVALID_VALUE if it does not parse (the reason is in @p pMessage)
 */
UR_APIEXPORT ur_result_t UR_APICALL urpeerSimCheckTopology(const char *pPath, char *pMessage,
                                                           size_t messageSize);

/** @brief Counters of the simulated driver, for tests and tools. */
typedef struct urpeer_sim_stats_t {
    uint64_t driverCalls;      /**< every driver-level operation performed */
    uint64_t peerEnableCalls;  /**< driver-level peer enables (0 -> 1 transitions) */
    uint64_t peerDisableCalls; /**< driver-level peer disables (1 -> 0 transitions) */
    uint64_t bytesLocal;       /**< bytes copied within one device, or between host and device */
    uint64_t bytesDirect;      /**< device-to-device bytes over an enabled peer link */
    uint64_t bytesStaged;      /**< device-to-device bytes through the host bounce buffer */
    uint64_t liveAllocations;  /**< allocations of device or host memory not yet freed */
    uint64_t faultsInjected;   /**< operations failed on purpose */
} urpeer_sim_stats_t;

/**
 * @brief Read the simulated driver's counters.
 * @returns
 *   - ::UR_RESULT_SUCCESS
 *   - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *   - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hAdapter`
 *   - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pStats`
 *   - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE if @p hAdapter is not the simulated adapter
 */
UR_APIEXPORT ur_result_t UR_APICALL urpeerSimGetStats(ur_adapter_handle_t hAdapter,
                                                      urpeer_sim_stats_t *pStats);

/**
 * @brief Reset the simulated driver's counters to zero (liveAllocations is kept).
 * @returns as urpeerSimGetStats.
 */
UR_APIEXPORT ur_result_t UR_APICALL urpeerSimResetStats(ur_adapter_handle_t hAdapter);

/**
 * @brief Make the @p nth next call (1 = the next one) of a driver-level operation fail.
 *
 * Operations: `device_alloc`, `host_alloc`, `free`, `context_create`, `queue_create`,
 * `event_create`, `copy`, `fill`, `peer_enable`, `peer_disable`, and `corrupt_copy` (the copy
 * succeeds but one byte of the destination is flipped: for testing data checks). @p native is the
 * simulated driver's error code to report: 2 out of memory, 217 peer access unsupported, 704
 * already enabled, 705 not enabled, 711 too many peers, 999 unknown (0 picks a default per
 * operation). The same can be set with URPEER_SIM_FAULTS="op:nth[:native],...".
 * @returns
 *   - ::UR_RESULT_SUCCESS
 *   - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *   - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hAdapter`
 *   - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pOperation`
 *   - ::UR_RESULT_ERROR_INVALID_VALUE if the operation is unknown or `nth == 0`
 *   - ::UR_RESULT_ERROR_UNSUPPORTED_FEATURE if @p hAdapter is not the simulated adapter
 */
UR_APIEXPORT ur_result_t UR_APICALL urpeerSimInjectFault(ur_adapter_handle_t hAdapter,
                                                         const char *pOperation, uint32_t nth,
                                                         int32_t native);

/** @brief Counts of live objects, for leak checks. */
typedef struct urpeer_object_counts_t {
    uint32_t adapterReferences; /**< references taken by urAdapterGet not yet released */
    uint32_t contexts;
    uint32_t queues;
    uint32_t events;
    uint32_t usmAllocations;
    uint32_t enabledPeerPairs; /**< ordered pairs whose Enable count is above zero */
} urpeer_object_counts_t;

/**
 * @brief Count the objects alive now.
 * @returns
 *   - ::UR_RESULT_SUCCESS
 *   - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *   - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == pCounts`
 */
UR_APIEXPORT ur_result_t UR_APICALL urpeerGetObjectCounts(urpeer_object_counts_t *pCounts);

/**
 * @brief Name of an adapter ("cuda", "hip", "level_zero", "sim").
 * @returns
 *   - ::UR_RESULT_SUCCESS
 *   - ::UR_RESULT_ERROR_UNINITIALIZED before urLoaderInit
 *   - ::UR_RESULT_ERROR_INVALID_NULL_HANDLE if `NULL == hAdapter`
 *   - ::UR_RESULT_ERROR_INVALID_NULL_POINTER if `NULL == ppName`
 */
UR_APIEXPORT ur_result_t UR_APICALL urpeerAdapterGetName(ur_adapter_handle_t hAdapter,
                                                         const char **ppName);

/** @brief Human-readable name of a result code ("UR_RESULT_ERROR_INVALID_SIZE"); never NULL. */
UR_APIEXPORT const char *UR_APICALL urpeerResultString(ur_result_t result);

#ifdef __cplusplus
}
#endif

#endif /* URPEER_H */
