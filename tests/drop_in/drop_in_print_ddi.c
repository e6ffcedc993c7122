/* SPDX-License-Identifier: MIT */
/*
 * A program that references every export of upstream's loader beyond the API functions (the
 * urGet*ProcAddrTable and urPrint* functions, extra_refs.c), linked with immediate binding
 * against a stand-in libur_loader.so.0 that exports upstream's full list, and run against
 * urpeer's: it starts only if urpeer exports them all. It then checks that each reference
 * resolves to urpeer's symbol of that name, prints a value and a struct, and drives the
 * simulated node through DDI tables alone: adapters, platforms, devices and a peer query.
 */
#include <unified-runtime/ur_api.h>

#include "ur_ddi.h"
#include "ur_print.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

typedef void (*extra_fn_t)(void);
extern const volatile struct extra_ref {
    const char *name;
    extra_fn_t fn;
} extra_refs[];
extern const size_t extra_ref_count;

static int checks, failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        checks++;                                                                                  \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

int main(void)
{
    /* Each reference is urpeer's symbol of that name. */
    size_t resolved = 0;
    for (size_t i = 0; i < extra_ref_count; i++) {
        Dl_info info;
        void *addr = (void *)(size_t)extra_refs[i].fn;
        if (dladdr(addr, &info) != 0 && info.dli_sname != NULL &&
            strcmp(info.dli_sname, extra_refs[i].name) == 0 && info.dli_fname != NULL &&
            strstr(info.dli_fname, "libur_loader.so.0") != NULL)
            resolved++;
        else
            fprintf(stderr, "%s does not resolve to urpeer's symbol\n", extra_refs[i].name);
    }
    CHECK(resolved == extra_ref_count);

    /* A print function. */
    char text[64];
    size_t size = 0;
    CHECK(urPrintResult(UR_RESULT_ERROR_INVALID_SIZE, text, sizeof(text), &size) ==
          UR_RESULT_SUCCESS);
    CHECK(strcmp(text, "UR_RESULT_ERROR_INVALID_SIZE") == 0 && size == strlen(text) + 1);
    ur_rect_offset_t offset = {1, 2, 3};
    CHECK(urPrintRectOffset(offset, text, sizeof(text), NULL) == UR_RESULT_SUCCESS);
    CHECK(strcmp(text, "(struct ur_rect_offset_t){.x = 1, .y = 2, .z = 3}") == 0);

    /* The simulated node through DDI tables only. */
    ur_loader_config_handle_t config = NULL;
    CHECK(urLoaderInit(0, config) == UR_RESULT_SUCCESS);
    ur_adapter_dditable_t adapter_ddi;
    ur_platform_dditable_t platform_ddi;
    ur_device_dditable_t device_ddi;
    ur_usm_p2p_exp_dditable_t p2p_ddi;
    CHECK(urGetAdapterProcAddrTable(UR_API_VERSION_CURRENT, &adapter_ddi) == UR_RESULT_SUCCESS);
    CHECK(urGetPlatformProcAddrTable(UR_API_VERSION_CURRENT, &platform_ddi) == UR_RESULT_SUCCESS);
    CHECK(urGetDeviceProcAddrTable(UR_API_VERSION_CURRENT, &device_ddi) == UR_RESULT_SUCCESS);
    CHECK(urGetUsmP2PExpProcAddrTable(UR_API_VERSION_CURRENT, &p2p_ddi) == UR_RESULT_SUCCESS);
    ur_adapter_handle_t adapter = NULL;
    ur_platform_handle_t platform = NULL;
    ur_device_handle_t dev[2] = {NULL, NULL};
    uint32_t n = 0;
    CHECK(adapter_ddi.pfnGet(1, &adapter, &n) == UR_RESULT_SUCCESS && n >= 1);
    CHECK(platform_ddi.pfnGet(adapter, 1, &platform, NULL) == UR_RESULT_SUCCESS);
    CHECK(device_ddi.pfnGet(platform, UR_DEVICE_TYPE_ALL, 2, dev, &n) == UR_RESULT_SUCCESS &&
          n == 2);
    int access = -1;
    CHECK(p2p_ddi.pfnPeerAccessGetInfoExp(dev[0], dev[1], UR_EXP_PEER_INFO_UR_PEER_ACCESS_SUPPORT,
                                          sizeof(access), &access, NULL) == UR_RESULT_SUCCESS);
    CHECK(access == 1);
    CHECK(adapter_ddi.pfnRelease(adapter) == UR_RESULT_SUCCESS);
    CHECK(urLoaderTearDown() == UR_RESULT_SUCCESS);

    printf("%zu extra exports referenced, %zu resolved in urpeer\n", extra_ref_count, resolved);
    printf("drop_in_print_ddi: %d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
