/* SPDX-License-Identifier: MIT */
/* urpeer's additions (include/urpeer.h). */
#include "loader/loader.h"
#include "loader/registry.h"

UR_APIEXPORT ur_result_t UR_APICALL urpeerGetVersion(uint32_t *pLibraryVersion,
                                                     ur_api_version_t *pApiVersion)
{
    if (pLibraryVersion == NULL && pApiVersion == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (pLibraryVersion != NULL)
        *pLibraryVersion = URPEER_VERSION;
    if (pApiVersion != NULL)
        *pApiVersion = UR_API_VERSION_CURRENT;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urpeerSimCheckTopology(const char *pPath, char *pMessage,
                                                           size_t messageSize)
{
    if (pPath == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    const struct up_adapter_desc *sim = up_registry_sim();
    if (sim == NULL)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    char local[512];
    ur_result_t res = sim->sim->check_spec(pPath, local, sizeof(local));
    if (res != UR_RESULT_SUCCESS && pMessage != NULL && messageSize > 0) {
        size_t n = strlen(local);
        if (n >= messageSize)
            n = messageSize - 1;
        memcpy(pMessage, local, n);
        pMessage[n] = '\0';
    }
    return res;
}

/* The checks of the sim controls, in the order of every other entry point: the NULL handle, the
 * NULL pointer (ptr_missing), then the handle's kind, then whether it is the simulated adapter. */
static ur_result_t sim_adapter(ur_adapter_handle_t h, bool ptr_missing,
                               const struct up_sim_ops **ops)
{
    if (!up_initialized())
        return UR_RESULT_ERROR_UNINITIALIZED;
    if (h == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (ptr_missing)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (!up_obj_is(h, UP_KIND_ADAPTER))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    if (h->desc->sim == NULL)
        return UR_RESULT_ERROR_UNSUPPORTED_FEATURE;
    *ops = h->desc->sim;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urpeerSimGetStats(ur_adapter_handle_t hAdapter,
                                                      urpeer_sim_stats_t *pStats)
{
    const struct up_sim_ops *ops;
    ur_result_t res = sim_adapter(hAdapter, pStats == NULL, &ops);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return ops->get_stats(hAdapter, pStats);
}

UR_APIEXPORT ur_result_t UR_APICALL urpeerSimResetStats(ur_adapter_handle_t hAdapter)
{
    const struct up_sim_ops *ops;
    ur_result_t res = sim_adapter(hAdapter, false, &ops);
    if (res != UR_RESULT_SUCCESS)
        return res;
    return ops->reset_stats(hAdapter);
}

UR_APIEXPORT ur_result_t UR_APICALL urpeerSimInjectFault(ur_adapter_handle_t hAdapter,
                                                         const char *pOperation, uint32_t nth,
                                                         int32_t native)
{
    const struct up_sim_ops *ops;
    ur_result_t res = sim_adapter(hAdapter, pOperation == NULL, &ops);
    if (res != UR_RESULT_SUCCESS)
        return res;
    if (nth == 0)
        return UR_RESULT_ERROR_INVALID_VALUE;
    return ops->inject_fault(hAdapter, pOperation, nth, native);
}

UR_APIEXPORT ur_result_t UR_APICALL urpeerGetObjectCounts(urpeer_object_counts_t *pCounts)
{
    UP_CHECK_INIT();
    if (pCounts == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    urpeer_object_counts_t c = {
        .adapterReferences = atomic_load(&up_adapter_refs),
        .contexts = atomic_load(&up_live_count[UP_KIND_CONTEXT]),
        .queues = atomic_load(&up_live_count[UP_KIND_QUEUE]),
        .events = atomic_load(&up_live_count[UP_KIND_EVENT]),
        .usmAllocations = up_usm_track_count(),
    };
    for (uint32_t i = 0; i < up_adapter_count(); i++)
        c.enabledPeerPairs += up_p2p_enabled_pairs(up_adapter_at(i));
    *pCounts = c;
    return UR_RESULT_SUCCESS;
}

UR_APIEXPORT ur_result_t UR_APICALL urpeerAdapterGetName(ur_adapter_handle_t hAdapter,
                                                         const char **ppName)
{
    UP_CHECK_INIT();
    if (hAdapter == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_HANDLE;
    if (ppName == NULL)
        return UR_RESULT_ERROR_INVALID_NULL_POINTER;
    if (!up_obj_is(hAdapter, UP_KIND_ADAPTER))
        return UR_RESULT_ERROR_INVALID_ARGUMENT;
    *ppName = hAdapter->desc->name;
    return UR_RESULT_SUCCESS;
}
