/* SPDX-License-Identifier: MIT */
/*
 * The urPrint* functions (include/ur_print.h) and the urGet*ProcAddrTable functions
 * (include/ur_ddi.h): enumerator names, flag combinations (in structs, as upstream prints
 * them), structs, call parameters, urPrintFunctionParams, the copy-out rules for small and NULL
 * buffers; every DDI table filled with urpeer's own entry points, NULL tables and other major
 * versions refused with the table untouched.
 */
#include "harness.h"
#include "ur_ddi.h"
#include "ur_print.h"

#include <string.h>

/* An upstream print function whose enum include/ur_api.h does not declare: the value's number. */
UR_APIEXPORT ur_result_t UR_APICALL urPrintExpProgramFlags(uint32_t value, char *buffer,
                                                           const size_t buff_size,
                                                           size_t *out_size);

static char text[1024];

#define CHECK_TEXT(expected, call)                                                                 \
    do {                                                                                           \
        memset(text, 0, sizeof(text));                                                             \
        CHECK_UR(UR_RESULT_SUCCESS, call);                                                         \
        t_checks++;                                                                                \
        if (strcmp(text, expected) != 0) {                                                         \
            t_failures++;                                                                          \
            fprintf(stderr, "%s:%d: %s wrote \"%s\", expected \"%s\"\n", __FILE__, __LINE__,       \
                    #call, text, expected);                                                        \
        }                                                                                          \
    } while (0)

static void test_enums(void)
{
    CHECK_TEXT("UR_RESULT_SUCCESS", urPrintResult(UR_RESULT_SUCCESS, text, sizeof(text), NULL));
    CHECK_TEXT("UR_RESULT_ERROR_INVALID_NULL_POINTER",
               urPrintResult(UR_RESULT_ERROR_INVALID_NULL_POINTER, text, sizeof(text), NULL));
    CHECK_TEXT(
        "UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT",
        urPrintExpPeerInfo(UR_EXP_PEER_INFO_UR_PEER_ATOMICS_SUPPORT, text, sizeof(text), NULL));
    CHECK_TEXT("UR_DEVICE_TYPE_GPU",
               urPrintDeviceType(UR_DEVICE_TYPE_GPU, text, sizeof(text), NULL));
    CHECK_TEXT(
        "UR_FUNCTION_USM_P2P_ENABLE_PEER_ACCESS_EXP",
        urPrintFunction(UR_FUNCTION_USM_P2P_ENABLE_PEER_ACCESS_EXP, text, sizeof(text), NULL));
    CHECK_TEXT("unknown enumerator",
               urPrintDeviceInfo((ur_device_info_t)0x7ffffff0, text, sizeof(text), NULL));
    /* A flag enum by value is one enumerator, as upstream prints it; a combination is not one. */
    CHECK_TEXT("UR_USM_ADVICE_FLAG_BIAS_CACHED",
               urPrintUsmAdviceFlags(UR_USM_ADVICE_FLAG_BIAS_CACHED, text, sizeof(text), NULL));
    CHECK_TEXT("unknown enumerator",
               urPrintUsmAdviceFlags((ur_usm_advice_flag_t)(UR_USM_ADVICE_FLAG_BIAS_CACHED |
                                                            UR_USM_ADVICE_FLAG_SET_READ_MOSTLY),
                                     text, sizeof(text), NULL));
    CHECK_TEXT("3", urPrintExpProgramFlags(3, text, sizeof(text), NULL));
}

static void test_structs_and_flags(void)
{
    ur_usm_desc_t desc = {.stype = UR_STRUCTURE_TYPE_USM_DESC,
                          .pNext = NULL,
                          .hints =
                              UR_USM_ADVICE_FLAG_SET_READ_MOSTLY | UR_USM_ADVICE_FLAG_BIAS_CACHED,
                          .align = 64};
    CHECK_TEXT("(struct ur_usm_desc_t){.stype = UR_STRUCTURE_TYPE_USM_DESC, .pNext = nullptr, "
               ".hints = UR_USM_ADVICE_FLAG_SET_READ_MOSTLY | UR_USM_ADVICE_FLAG_BIAS_CACHED, "
               ".align = 64}",
               urPrintUsmDesc(desc, text, sizeof(text), NULL));
    desc.hints = 0;
    CHECK_TEXT("(struct ur_usm_desc_t){.stype = UR_STRUCTURE_TYPE_USM_DESC, .pNext = nullptr, "
               ".hints = 0, .align = 64}",
               urPrintUsmDesc(desc, text, sizeof(text), NULL));
    desc.hints = UR_USM_ADVICE_FLAG_DEFAULT | (1u << 20);
    CHECK_TEXT("(struct ur_usm_desc_t){.stype = UR_STRUCTURE_TYPE_USM_DESC, .pNext = nullptr, "
               ".hints = UR_USM_ADVICE_FLAG_DEFAULT | unknown bit flags "
               "00000000000100000000000000000000, .align = 64}",
               urPrintUsmDesc(desc, text, sizeof(text), NULL));
    ur_rect_region_t region = {4, 5, 6};
    CHECK_TEXT("(struct ur_rect_region_t){.width = 4, .height = 5, .depth = 6}",
               urPrintRectRegion(region, text, sizeof(text), NULL));
    ur_queue_properties_t qprops = {.stype = UR_STRUCTURE_TYPE_QUEUE_PROPERTIES,
                                    .flags = UR_QUEUE_FLAG_PROFILING_ENABLE};
    CHECK_TEXT("(struct ur_queue_properties_t){.stype = UR_STRUCTURE_TYPE_QUEUE_PROPERTIES, "
               ".pNext = nullptr, .flags = UR_QUEUE_FLAG_PROFILING_ENABLE}",
               urPrintQueueProperties(qprops, text, sizeof(text), NULL));
}

static void test_params(void)
{
    ur_device_handle_t cmd = NULL, peer = NULL;
    ur_usm_p2p_enable_peer_access_exp_params_t params = {&cmd, &peer};
    CHECK_TEXT(".commandDevice = nullptr, .peerDevice = nullptr",
               urPrintUsmP2pEnablePeerAccessExpParams(&params, text, sizeof(text), NULL));
    CHECK_TEXT(".commandDevice = nullptr, .peerDevice = nullptr",
               urPrintFunctionParams(UR_FUNCTION_USM_P2P_ENABLE_PEER_ACCESS_EXP, &params, text,
                                     sizeof(text), NULL));
    ur_exp_peer_info_t name = UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT;
    size_t prop_size = sizeof(int);
    void *value = NULL;
    size_t *size_ret = NULL;
    ur_usm_p2p_peer_access_get_info_exp_params_t info = {&cmd,       &peer,  &name,
                                                         &prop_size, &value, &size_ret};
    CHECK_TEXT(".commandDevice = nullptr, .peerDevice = nullptr, "
               ".propName = UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT, .propSize = 4, "
               ".pPropValue = nullptr, .pPropSizeRet = nullptr",
               urPrintUsmP2pPeerAccessGetInfoExpParams(&info, text, sizeof(text), NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urPrintFunctionParams(UR_FUNCTION_USM_P2P_ENABLE_PEER_ACCESS_EXP, NULL, text,
                                   sizeof(text), NULL));
    CHECK_UR(UR_RESULT_ERROR_INVALID_ENUMERATION,
             urPrintFunctionParams((ur_function_t)0x7ffffff0, &params, text, sizeof(text), NULL));
}

/* The seven print functions of upstream's loader that urpeer exported last (ur-loader-all-
 * exports.txt): the loader's own parameters and five types of the newest extensions. */
static void test_latest_exports(void)
{
    CHECK_TEXT(
        "UR_DEVICE_IGCA_FEATURE_SET_COMPUTE",
        urPrintDeviceIgcaFeatureSet(UR_DEVICE_IGCA_FEATURE_SET_COMPUTE, text, sizeof(text), NULL));
    CHECK_TEXT(
        "UR_DEVICE_IGCA_FEATURE_SET_RENDER",
        urPrintDeviceIgcaFeatureSet(UR_DEVICE_IGCA_FEATURE_SET_RENDER, text, sizeof(text), NULL));
    CHECK_TEXT("unknown enumerator", urPrintDeviceIgcaFeatureSet((ur_device_igca_feature_set_t)2,
                                                                 text, sizeof(text), NULL));
    CHECK_TEXT("UR_EXP_EVENT_FLAG_IPC_EXP",
               urPrintExpEventFlags(UR_EXP_EVENT_FLAG_IPC_EXP, text, sizeof(text), NULL));
    CHECK_TEXT("UR_EXP_USM_HOST_ALLOC_REGISTER_FLAG_READ_ONLY",
               urPrintExpUsmHostAllocRegisterFlags(UR_EXP_USM_HOST_ALLOC_REGISTER_FLAG_READ_ONLY,
                                                   text, sizeof(text), NULL));

    ur_exp_win32_name_t name = {.stype = UR_STRUCTURE_TYPE_EXP_WIN32_NAME};
    CHECK_TEXT("(struct ur_exp_win32_name_t){.stype = UR_STRUCTURE_TYPE_EXP_WIN32_NAME, "
               ".pNext = nullptr, .name = nullptr}",
               urPrintExpWin32Name(name, text, sizeof(text), NULL));
    ur_exp_image_user_pitch_desc_t pitch = {
        .stype = UR_STRUCTURE_TYPE_EXP_IMAGE_USER_PITCH_DESC, .rowPitch = 256, .slicePitch = 65536};
    CHECK_TEXT("(struct ur_exp_image_user_pitch_desc_t){"
               ".stype = UR_STRUCTURE_TYPE_EXP_IMAGE_USER_PITCH_DESC, .pNext = nullptr, "
               ".rowPitch = 256, .slicePitch = 65536}",
               urPrintExpImageUserPitchDesc(pitch, text, sizeof(text), NULL));
    /* The two structs whose flags these enums are, now that their layout is upstream's. */
    ur_exp_event_desc_t event_desc = {.stype = UR_STRUCTURE_TYPE_EXP_EVENT_DESC,
                                      .flags = UR_EXP_EVENT_FLAG_ENABLE_PROFILING |
                                               UR_EXP_EVENT_FLAG_IPC_EXP};
    CHECK_TEXT("(struct ur_exp_event_desc_t){.stype = UR_STRUCTURE_TYPE_EXP_EVENT_DESC, "
               ".pNext = nullptr, "
               ".flags = UR_EXP_EVENT_FLAG_ENABLE_PROFILING | UR_EXP_EVENT_FLAG_IPC_EXP}",
               urPrintExpEventDesc(event_desc, text, sizeof(text), NULL));
    ur_exp_usm_host_alloc_register_properties_t reg = {
        .stype = UR_STRUCTURE_TYPE_EXP_USM_HOST_ALLOC_REGISTER_PROPERTIES,
        .flags = UR_EXP_USM_HOST_ALLOC_REGISTER_FLAG_READ_ONLY};
    CHECK_TEXT("(struct ur_exp_usm_host_alloc_register_properties_t){"
               ".stype = UR_STRUCTURE_TYPE_EXP_USM_HOST_ALLOC_REGISTER_PROPERTIES, "
               ".pNext = nullptr, .flags = UR_EXP_USM_HOST_ALLOC_REGISTER_FLAG_READ_ONLY}",
               urPrintExpUsmHostAllocRegisterProperties(reg, text, sizeof(text), NULL));

    /* urLoaderInit's parameters, directly and through urPrintFunctionParams. */
    ur_device_init_flags_t device_flags = UR_DEVICE_INIT_FLAG_GPU | UR_DEVICE_INIT_FLAG_CPU;
    ur_loader_config_handle_t config = NULL;
    ur_loader_init_params_t init = {&device_flags, &config};
    const char *init_text = ".device_flags = UR_DEVICE_INIT_FLAG_GPU | UR_DEVICE_INIT_FLAG_CPU, "
                            ".hLoaderConfig = nullptr";
    CHECK_TEXT(init_text, urPrintLoaderInitParams(&init, text, sizeof(text), NULL));
    CHECK_TEXT(init_text,
               urPrintFunctionParams(UR_FUNCTION_LOADER_INIT, &init, text, sizeof(text), NULL));
    size_t out = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urPrintLoaderInitParams(&init, NULL, 0, &out));
    CHECK(out == strlen(init_text) + 1);
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urPrintLoaderInitParams(NULL, text, sizeof(text), NULL));

    /* urLoaderTearDown has no parameters: its params struct is declared only, and prints as
     * nothing. */
    static const int any;
    const struct ur_loader_tear_down_params_t *none =
        (const struct ur_loader_tear_down_params_t *)(const void *)&any;
    CHECK_TEXT("", urPrintLoaderTearDownParams(none, text, sizeof(text), NULL));
    CHECK_TEXT("",
               urPrintFunctionParams(UR_FUNCTION_LOADER_TEAR_DOWN, none, text, sizeof(text), NULL));
    out = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urPrintLoaderTearDownParams(none, NULL, 0, &out));
    CHECK(out == 1);
    CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,
             urPrintLoaderTearDownParams(NULL, text, sizeof(text), NULL));
}

static void test_buffers(void)
{
    const char *name = "UR_RESULT_ERROR_INVALID_SIZE";
    size_t need = strlen(name) + 1, out = 0;
    /* NULL buffer: the size only. */
    CHECK_UR(UR_RESULT_SUCCESS, urPrintResult(UR_RESULT_ERROR_INVALID_SIZE, NULL, 0, &out));
    CHECK(out == need);
    /* One byte short: INVALID_SIZE, the size still given, the buffer untouched. */
    memset(text, 'x', sizeof(text));
    out = 0;
    CHECK_UR(UR_RESULT_ERROR_INVALID_SIZE,
             urPrintResult(UR_RESULT_ERROR_INVALID_SIZE, text, need - 1, &out));
    CHECK(out == need && text[0] == 'x');
    /* Exactly enough. */
    out = 0;
    CHECK_UR(UR_RESULT_SUCCESS, urPrintResult(UR_RESULT_ERROR_INVALID_SIZE, text, need, &out));
    CHECK(out == need && strcmp(text, name) == 0);
    /* No size output wanted. */
    CHECK_UR(UR_RESULT_SUCCESS, urPrintResult(UR_RESULT_SUCCESS, text, sizeof(text), NULL));
}

/* Every member of a table set (a table is a struct of function pointers only). */
#define CHECK_TABLE_FILLED(table)                                                                  \
    do {                                                                                           \
        void (*fns_[sizeof(table) / sizeof(void (*)(void))])(void);                                \
        memcpy(fns_, &(table), sizeof(fns_));                                                      \
        for (size_t i_ = 0; i_ < sizeof(fns_) / sizeof(fns_[0]); i_++)                             \
            CHECK(fns_[i_] != NULL);                                                               \
    } while (0)

#define CHECK_DDI(Name, type)                                                                      \
    do {                                                                                           \
        type table_;                                                                               \
        memset(&table_, 0, sizeof(table_));                                                        \
        CHECK_UR(UR_RESULT_ERROR_INVALID_NULL_POINTER,                                             \
                 urGet##Name##ProcAddrTable(UR_API_VERSION_CURRENT, NULL));                        \
        CHECK_UR(UR_RESULT_ERROR_UNSUPPORTED_VERSION,                                              \
                 urGet##Name##ProcAddrTable(UR_MAKE_VERSION(1, 0), &table_));                      \
        type zero_;                                                                                \
        memset(&zero_, 0, sizeof(zero_));                                                          \
        CHECK(memcmp(&table_, &zero_, sizeof(zero_)) == 0);                                        \
        CHECK_UR(UR_RESULT_SUCCESS, urGet##Name##ProcAddrTable(UR_API_VERSION_CURRENT, &table_));  \
        CHECK_TABLE_FILLED(table_);                                                                \
        n_tables++;                                                                                \
    } while (0)

static void test_ddi(void)
{
    unsigned n_tables = 0;
    CHECK_DDI(Adapter, ur_adapter_dditable_t);
    CHECK_DDI(Platform, ur_platform_dditable_t);
    CHECK_DDI(Context, ur_context_dditable_t);
    CHECK_DDI(Event, ur_event_dditable_t);
    CHECK_DDI(EventExp, ur_event_exp_dditable_t);
    CHECK_DDI(Program, ur_program_dditable_t);
    CHECK_DDI(ProgramExp, ur_program_exp_dditable_t);
    CHECK_DDI(Kernel, ur_kernel_dditable_t);
    CHECK_DDI(Queue, ur_queue_dditable_t);
    CHECK_DDI(QueueExp, ur_queue_exp_dditable_t);
    CHECK_DDI(Sampler, ur_sampler_dditable_t);
    CHECK_DDI(Mem, ur_mem_dditable_t);
    CHECK_DDI(PhysicalMem, ur_physical_mem_dditable_t);
    CHECK_DDI(Enqueue, ur_enqueue_dditable_t);
    CHECK_DDI(EnqueueExp, ur_enqueue_exp_dditable_t);
    CHECK_DDI(USM, ur_usm_dditable_t);
    CHECK_DDI(USMExp, ur_usm_exp_dditable_t);
    CHECK_DDI(BindlessImagesExp, ur_bindless_images_exp_dditable_t);
    CHECK_DDI(CommandBufferExp, ur_command_buffer_exp_dditable_t);
    CHECK_DDI(GraphExp, ur_graph_exp_dditable_t);
    CHECK_DDI(IPCExp, ur_ipc_exp_dditable_t);
    CHECK_DDI(MemoryExportExp, ur_memory_export_exp_dditable_t);
    CHECK_DDI(UsmP2PExp, ur_usm_p2p_exp_dditable_t);
    CHECK_DDI(VirtualMem, ur_virtual_mem_dditable_t);
    CHECK_DDI(Device, ur_device_dditable_t);
    CHECK_DDI(DeviceExp, ur_device_exp_dditable_t);
    CHECK(n_tables == 26);

    /* The members are urpeer's exported entry points, at upstream's positions. */
    ur_adapter_dditable_t adapter;
    ur_queue_dditable_t queue;
    ur_mem_dditable_t mem;
    ur_usm_p2p_exp_dditable_t p2p;
    ur_enqueue_dditable_t enqueue;
    CHECK_UR(UR_RESULT_SUCCESS, urGetAdapterProcAddrTable(UR_API_VERSION_CURRENT, &adapter));
    CHECK_UR(UR_RESULT_SUCCESS, urGetQueueProcAddrTable(UR_API_VERSION_CURRENT, &queue));
    CHECK_UR(UR_RESULT_SUCCESS, urGetMemProcAddrTable(UR_API_VERSION_CURRENT, &mem));
    CHECK_UR(UR_RESULT_SUCCESS, urGetUsmP2PExpProcAddrTable(UR_API_VERSION_CURRENT, &p2p));
    CHECK_UR(UR_RESULT_SUCCESS, urGetEnqueueProcAddrTable(UR_API_VERSION_CURRENT, &enqueue));
    CHECK(adapter.pfnGet == urAdapterGet && adapter.pfnGetInfo == urAdapterGetInfo &&
          adapter.pfnSetLoggerCallbackLevel == urAdapterSetLoggerCallbackLevel);
    CHECK(queue.pfnGetInfo == urQueueGetInfo && queue.pfnFlush == urQueueFlush);
    CHECK(mem.pfnImageCreate == urMemImageCreate && mem.pfnImageGetInfo == urMemImageGetInfo);
    CHECK(p2p.pfnEnablePeerAccessExp == urUsmP2PEnablePeerAccessExp &&
          p2p.pfnDisablePeerAccessExp == urUsmP2PDisablePeerAccessExp &&
          p2p.pfnPeerAccessGetInfoExp == urUsmP2PPeerAccessGetInfoExp);
    CHECK(enqueue.pfnEventsWait == urEnqueueEventsWait &&
          enqueue.pfnUSMMemcpy == urEnqueueUSMMemcpy &&
          enqueue.pfnEventsWaitWithBarrierExt == urEnqueueEventsWaitWithBarrierExt);
    /* Another minor version of v0 is accepted. */
    CHECK_UR(UR_RESULT_SUCCESS, urGetAdapterProcAddrTable(UR_MAKE_VERSION(0, 6), &adapter));
}

int main(void)
{
    test_enums();
    test_structs_and_flags();
    test_params();
    test_latest_exports();
    test_buffers();
    test_ddi();
    return test_summary("print_ddi");
}
