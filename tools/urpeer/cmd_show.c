/* SPDX-License-Identifier: MIT */
/* `urpeer show` (the default when no subcommand is given): `list` followed by `topo`. */
#include "urpeer_tool.h"

int cmd_show(struct tool_session *s, const struct tool_opts *o, struct sbuf *out)
{
    int rc;
    if (o->json) {
        struct jw w;
        jw_init(&w, out);
        jw_obj(&w, NULL);
        report_json_header(&w, s, "show");
        list_json(&w, s);
        report_json_devices(&w, s);
        rc = topo_json(&w, s);
        jw_obj_end(&w);
        jw_finish(&w);
    } else {
        report_text_banner(out, s, o);
        list_text(out, s, o);
        sb_putc(out, '\n');
        rc = topo_text(out, s, o);
    }
    return rc;
}
