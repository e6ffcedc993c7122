# SPDX-License-Identifier: MIT
"""A model of include/ur_api.h for the generators: enums and their values, flag masks, structs
and their members, function-pointer typedefs, and each function's parameters, @param tags and
@returns list. Parsing relies on the header's layout (clang-formatted, one declaration each)."""
import re


class HeaderError(Exception):
    pass


def norm_type(t):
    """Canonical spelling of a C type: single spaces, '*' attached to nothing."""
    t = re.sub(r'\s*\*\s*', ' * ', t)
    return ' '.join(t.split())


def split_params(text):
    text = ' '.join(text.split())
    if text in ('', 'void'):
        return []
    return [p.strip() for p in text.split(',')]


def _strip_comments(text):
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    return re.sub(r'//[^\n]*', ' ', text)


class Function:
    def __init__(self, name, params, tags, returns, doc):
        self.name = name
        self.params = params  # [(type, name)]
        self.tags = tags  # {pname: '[in][optional]'}
        self.returns = returns  # [(code, [backquoted condition])], in the doc's order
        self.doc = doc

    def optional(self, pname):
        return '[optional]' in self.tags.get(pname, '')


class Header:
    def __init__(self, path):
        self.src = open(path, encoding='utf-8').read()
        self.enums = {}  # enum type -> [(etor, value)] in declaration order
        self.masks = {}  # flags typedef -> mask macro
        self.structs = {}  # struct type -> [(type, name, comment)]
        self.funcptrs = set()
        self.functions = {}  # name -> Function, in header order (dict order)
        self.order = []  # every enum/struct type in header order: ('enum'|'struct', name)
        self._parse()

    def _parse(self):
        src = self.src
        for m in re.finditer(r'typedef\s+(enum|struct)\s+(\w+)\s*\{(.*?)\}\s*(\w+)\s*;', src, re.S):
            kind, tag, body, name = m.group(1), m.group(2), m.group(3), m.group(4)
            if tag != name:
                raise HeaderError('typedef %s %s names %s' % (kind, tag, name))
            self.order.append((kind, name))
            if kind == 'enum':
                self.enums[name] = self._parse_enum(name, body)
            else:
                self.structs[name] = self._parse_struct(name, body)
        for m in re.finditer(r'typedef\s+uint32_t\s+(ur_\w+_flags_t)\s*;', src):
            self.masks[m.group(1)] = None
        for m in re.finditer(r'#define\s+(UR_\w+_FLAGS_MASK)\s+(0x[0-9a-fA-F]+)', src):
            ftype = m.group(1)[:-len('_FLAGS_MASK')].lower() + '_flags_t'
            if ftype in self.masks:
                self.masks[ftype] = m.group(1)
        for m in re.finditer(r'typedef\s+[^;()]*\(\s*\*\s*(\w+)\s*\)\s*\(', src):
            self.funcptrs.add(m.group(1))
        pat = re.compile(r'(/\*\*(?:(?!\*/).)*\*/)\s*UR_APIEXPORT\s+ur_result_t\s+UR_APICALL\s+(\w+)\s*'
                         r'\(([^)]*)\)\s*;', re.S)
        for m in pat.finditer(src):
            doc, name, plist = m.group(1), m.group(2), m.group(3)
            params = []
            for p in split_params(plist):
                pm = re.match(r'^(.*?)(\w+)$', p)
                if not pm:
                    raise HeaderError('%s: cannot parse parameter "%s"' % (name, p))
                params.append((norm_type(pm.group(1)), pm.group(2)))
            tags = {}
            for dm in re.finditer(r'@param((?:\[[^\]]*\])+)\s+(\w+)', doc):
                tags[dm.group(2)] = dm.group(1)
            self.functions[name] = Function(name, params, tags, self._parse_returns(doc), doc)

    def _parse_enum(self, name, body):
        etors = []
        known = {}
        body = _strip_comments(body)
        for em in re.finditer(r'(UR_\w+)\s*=\s*((?:[^,(]|\([^)]*\))+)', body):
            etor, expr = em.group(1), ' '.join(em.group(2).split())
            if etor.endswith('_FORCE_UINT32'):
                continue
            py = re.sub(r'UR_MAKE_VERSION\(\s*(\d+)\s*,\s*(\d+)\s*\)', r'((\1 << 16) | \2)', expr)
            py = re.sub(r'UR_BIT\(\s*(\d+)\s*\)', r'(1 << \1)', py)
            py = re.sub(r'(\d+)[uU]\b', r'\1', py)
            try:
                value = eval(py, {'__builtins__': {}}, dict(known))
            except Exception as e:
                raise HeaderError('%s: cannot evaluate %s = %s (%s)' % (name, etor, expr, e))
            known[etor] = value
            etors.append((etor, value))
        return etors

    @staticmethod
    def _parse_struct(name, body):
        members = []
        lines, pending = [], ''
        for line in body.split('\n'):
            code = line.split('///<')[0]
            if ';' not in code and '///<' not in line:
                pending += ' ' + line.strip()
                continue
            lines.append((pending + ' ' + line.strip()).strip())
            pending = ''
        for line in lines:
            mm = re.match(r'^\s*(.*?)\s*\b(\w+)\s*(\[[^\]]*\])?\s*;\s*(?:///<\s*(.*))?$', line)
            if not mm:
                continue
            mtype = norm_type(mm.group(1))
            if mm.group(3):
                mtype += ' ' + mm.group(3)
            members.append((mtype, mm.group(2), mm.group(4) or ''))
        return members

    @staticmethod
    def _parse_returns(doc):
        m = re.search(r'@returns(.*?)(?:\n \*\s*@|\*/)', doc, re.S)
        if not m:
            return []
        returns = []
        cur = None
        cond = None
        for raw in m.group(1).split('\n'):
            line = raw.strip().lstrip('*').strip()
            rm = re.match(r'^- ::(UR_RESULT_\w+)', line)
            if rm:
                cur = (rm.group(1), [])
                returns.append(cur)
                cond = None
                continue
            if cur is None:
                continue
            if line.startswith('+ '):
                cond = line[2:].strip()
                text = cond
            elif cond is not None and line:
                cond = cond + ' ' + line
                text = cond
            else:
                cond = None
                continue
            # A machine check is an item that is one backquoted expression and nothing else.
            if re.match(r'^`[^`]+`$', text):
                cur[1].append(text[1:-1])
        return returns

    def last_etor(self, enum):
        etors = self.enums[enum]
        if not etors:
            return None  # enumerators not established in the header: nothing to check against
        return max(etors, key=lambda e: e[1])[0]

    def is_handle(self, ctype):
        base = ctype.replace('const ', '').strip()
        return ('*' not in ctype and re.match(r'^ur_\w+_handle_t$', base) is not None and
                'native_handle_t' not in base)


# ---- upstream's argument checks, derived as upstream's generator derives them ----

CODE_ORDER_FIRST = ('UR_RESULT_ERROR_INVALID_NULL_POINTER', 'UR_RESULT_ERROR_INVALID_NULL_HANDLE')


def _base(ctype):
    return ctype.replace('const ', '').replace('*', '').strip()


def derived_checks(h, fn):
    """[(code, condition)] that upstream's generator adds for the parameters alone: a NULL
    non-optional pointer, function pointer or handle; an enum past its last enumerator; flags
    outside their mask; and the same for the enum and flags members of *_desc_t and
    *_properties_t input structs."""
    out = []
    for ctype, pname in fn.params:
        base = _base(ctype)
        optional = fn.optional(pname)
        pointer = '*' in ctype
        if not optional:
            if pointer or base in h.funcptrs:
                out.append(('UR_RESULT_ERROR_INVALID_NULL_POINTER', 'NULL == %s' % pname))
            elif h.is_handle(ctype):
                out.append(('UR_RESULT_ERROR_INVALID_NULL_HANDLE', 'NULL == %s' % pname))
        if not pointer and base in h.enums and h.last_etor(base):
            out.append(('UR_RESULT_ERROR_INVALID_ENUMERATION',
                        '::%s < %s' % (h.last_etor(base), pname)))
        elif not pointer and h.masks.get(base):
            out.append(('UR_RESULT_ERROR_INVALID_ENUMERATION', '::%s & %s' % (h.masks[base], pname)))
        if (pointer and ctype.count('*') == 1 and '[in]' in fn.tags.get(pname, '') and
                re.search(r'_(desc|properties)_t$', base) and base in h.structs):
            for mtype, mname, mdoc in h.structs[base]:
                mbase = _base(mtype)
                if mname in ('stype', 'pNext') or '*' in mtype or '[' in mtype or '[nocheck]' in mdoc:
                    continue
                if mbase in h.enums and h.last_etor(mbase):
                    out.append(('UR_RESULT_ERROR_INVALID_ENUMERATION', 'NULL != %s && ::%s < %s->%s'
                                % (pname, h.last_etor(mbase), pname, mname)))
                elif h.masks.get(mbase):
                    out.append(('UR_RESULT_ERROR_INVALID_ENUMERATION', 'NULL != %s && ::%s & %s->%s'
                                % (pname, h.masks[mbase], pname, mname)))
    return out


def _norm_cond(c):
    return ''.join(c.replace('::', '').split())


def function_checks(h, fn):
    """The checks of a function in upstream's validation order: every INVALID_NULL_POINTER,
    then every INVALID_NULL_HANDLE, then the other codes in the order the @returns list gives
    them (the derived parameter checks first, then the header's own conditions, as upstream's
    generator merges them). Returns [(code, condition)] with C conditions."""
    groups = {}
    seen = set()

    def add(code, cond):
        key = _norm_cond(cond)
        if key in seen:
            return
        seen.add(key)
        groups.setdefault(code, []).append(cond)

    for code, cond in derived_checks(h, fn):
        add(code, cond)
    for code, conds in fn.returns:
        for cond in conds:
            add(code, cond)
    ordered = [c for c in CODE_ORDER_FIRST if c in groups]
    ordered += [c for c in groups if c not in CODE_ORDER_FIRST]
    return [(code, cond.replace('::', '')) for code in ordered for cond in groups[code]]


def missing_from_doc(h, fn):
    """Derived checks that the function's own @returns list does not name."""
    listed = {_norm_cond(c) for _, conds in fn.returns for c in conds}
    return [(code, cond) for code, cond in derived_checks(h, fn) if _norm_cond(cond) not in listed]
