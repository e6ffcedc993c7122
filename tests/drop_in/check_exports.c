/* SPDX-License-Identifier: MIT */
/*
 * check_exports LIBRARY LIST [LIST...] [--only-ur] [--exact]
 *
 * Reads a shared library's dynamic symbol table (.dynsym, .gnu.version, .gnu.version_d) and
 * checks it against lists of functions upstream's loader exports. A list is either a markdown
 * table whose rows start "| ur" (tests/data/ur-loader-exports.md: the API functions;
 * tests/data/ur-loader-exports-extra.md: the DDI tables and the print functions) or, for a file
 * named *.txt, one name a line with '#' comments (tests/data/ur-loader-all-exports.txt: all 687
 * exports of upstream's loader, from its linker version script):
 *   - every listed function is listed once and defined once, as a global default-visibility
 *     function, with the default version LIBUR_LOADER_0.12;
 *   - every other defined symbol is a ur* function under LIBUR_LOADER_0.12 or a urpeer* function
 *     under URPEER_0 (--only-ur: no urpeer* either), apart from the version nodes themselves;
 *   - --exact: no ur* function beyond the listed ones either (urpeer* are still allowed unless
 *     --only-ur).
 * 64-bit little-endian ELF only (what the library is built as on Linux x86-64 and AArch64).
 */
#include <elf.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define UR_NODE "LIBUR_LOADER_0.12"
#define URPEER_NODE "URPEER_0"
#define MAX_EXPORTS 1024
#define MAX_VERSIONS 64

static int failures;

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        failures++;                                                                                \
        fprintf(stderr, "check_exports: " __VA_ARGS__);                                            \
        fputc('\n', stderr);                                                                       \
    } while (0)

struct image {
    const unsigned char *base;
    size_t size;
};

static const void *at(const struct image *im, uint64_t off, uint64_t len)
{
    if (off > im->size || len > im->size - off)
        return NULL;
    return im->base + off;
}

static const char *str_at(const struct image *im, const Elf64_Shdr *strtab, uint32_t off)
{
    if (off >= strtab->sh_size)
        return NULL;
    const char *s = at(im, strtab->sh_offset + off, 1);
    if (s == NULL || memchr(s, '\0', strtab->sh_size - off) == NULL)
        return NULL;
    return s;
}

/* The listed function names: the first cell of table rows that start "| ur", or each line of
 * a .txt list that is neither empty nor a '#' comment. */
static char *exports[MAX_EXPORTS];
static uint32_t nexports;

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int export_index(const char *name);

static bool read_exports(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        return false;
    }
    bool plain = ends_with(path, ".txt");
    uint32_t before = nexports;
    char line[1024];
    while (fgets(line, sizeof(line), f) != NULL) {
        char name[256];
        int got;
        if (plain) {
            if (line[0] == '#' || line[0] == '\n')
                continue;
            int end = 0;
            got = sscanf(line, "%255[A-Za-z0-9_]%n", name, &end);
            if (got == 1 && line[end] != '\n' && line[end] != '\0')
                got = 0; /* anything after the name */
        } else {
            if (strncmp(line, "| ur", 4) != 0)
                continue;
            got = sscanf(line, "| %255[A-Za-z0-9_]", name);
        }
        if (got != 1 || nexports == MAX_EXPORTS) {
            fprintf(stderr, "check_exports: %s: bad line: %s", path, line);
            fclose(f);
            return false;
        }
        if (export_index(name) >= 0)
            FAIL("%s is listed twice", name);
        exports[nexports] = strdup(name);
        if (exports[nexports] == NULL) {
            fclose(f);
            return false;
        }
        nexports++;
    }
    fclose(f);
    return nexports > before;
}

static int export_index(const char *name)
{
    for (uint32_t i = 0; i < nexports; i++)
        if (strcmp(exports[i], name) == 0)
            return (int)i;
    return -1;
}

static bool starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s LIBRARY LIST [LIST...] [--only-ur] [--exact]\n", argv[0]);
        return 2;
    }
    bool only_ur = false, exact = false;
    for (int a = 2; a < argc; a++) {
        if (strcmp(argv[a], "--only-ur") == 0) {
            only_ur = true;
        } else if (strcmp(argv[a], "--exact") == 0) {
            exact = true;
        } else if (!read_exports(argv[a])) {
            fprintf(stderr, "check_exports: cannot read the exports table %s\n", argv[a]);
            return 2;
        }
    }

    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        perror(argv[1]);
        return 2;
    }
    struct image im = {.size = (size_t)st.st_size};
    im.base = mmap(NULL, im.size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (im.base == MAP_FAILED) {
        perror("mmap");
        return 2;
    }

    const Elf64_Ehdr *eh = at(&im, 0, sizeof(*eh));
    if (eh == NULL || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
        eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB ||
        eh->e_shentsize != sizeof(Elf64_Shdr)) {
        fprintf(stderr, "check_exports: %s is not a 64-bit little-endian ELF file\n", argv[1]);
        return 2;
    }
    const Elf64_Shdr *sh = at(&im, eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr));
    if (sh == NULL) {
        fprintf(stderr, "check_exports: bad section headers\n");
        return 2;
    }
    const Elf64_Shdr *dynsym = NULL, *versym = NULL, *verdef = NULL;
    for (uint32_t i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type == SHT_DYNSYM)
            dynsym = &sh[i];
        else if (sh[i].sh_type == SHT_GNU_versym)
            versym = &sh[i];
        else if (sh[i].sh_type == SHT_GNU_verdef)
            verdef = &sh[i];
    }
    if (dynsym == NULL || versym == NULL || verdef == NULL || dynsym->sh_link >= eh->e_shnum ||
        verdef->sh_link >= eh->e_shnum) {
        fprintf(stderr, "check_exports: no .dynsym, .gnu.version or .gnu.version_d\n");
        return 2;
    }
    const Elf64_Shdr *dynstr = &sh[dynsym->sh_link];

    /* Version definitions: index -> name. */
    const char *version_name[MAX_VERSIONS] = {0};
    uint64_t off = verdef->sh_offset;
    for (uint32_t i = 0; i < verdef->sh_info; i++) {
        const Elf64_Verdef *vd = at(&im, off, sizeof(*vd));
        if (vd == NULL)
            break;
        const Elf64_Verdaux *va = at(&im, off + vd->vd_aux, sizeof(*va));
        if (va != NULL && vd->vd_ndx < MAX_VERSIONS)
            version_name[vd->vd_ndx] = str_at(&im, &sh[verdef->sh_link], va->vda_name);
        if (vd->vd_next == 0)
            break;
        off += vd->vd_next;
    }

    size_t nsyms = dynsym->sh_size / sizeof(Elf64_Sym);
    const Elf64_Sym *syms = at(&im, dynsym->sh_offset, nsyms * sizeof(Elf64_Sym));
    const Elf64_Half *vers = at(&im, versym->sh_offset, nsyms * sizeof(Elf64_Half));
    if (syms == NULL || vers == NULL) {
        fprintf(stderr, "check_exports: bad .dynsym\n");
        return 2;
    }

    uint32_t *seen = calloc(nexports, sizeof(*seen));
    uint32_t n_ur = 0, n_urpeer = 0, n_ur_extra = 0;
    if (seen == NULL)
        return 2;
    for (size_t i = 1; i < nsyms; i++) {
        const Elf64_Sym *s = &syms[i];
        if (s->st_shndx == SHN_UNDEF)
            continue;
        const char *name = str_at(&im, dynstr, s->st_name);
        if (name == NULL) {
            FAIL("symbol %zu has a bad name", i);
            continue;
        }
        unsigned ndx = vers[i] & 0x7fffu;
        bool hidden_version = (vers[i] & 0x8000u) != 0;
        const char *ver = ndx < MAX_VERSIONS ? version_name[ndx] : NULL;
        /* The version nodes themselves appear as absolute symbols. */
        if (s->st_shndx == SHN_ABS && ver != NULL && strcmp(name, ver) == 0)
            continue;
        unsigned bind = ELF64_ST_BIND(s->st_info), type = ELF64_ST_TYPE(s->st_info);
        if (bind == STB_LOCAL)
            continue;

        bool is_urpeer = starts_with(name, "urpeer");
        bool is_ur = !is_urpeer && starts_with(name, "ur");
        const char *want_ver = is_urpeer ? URPEER_NODE : UR_NODE;
        if (!is_ur && !(is_urpeer && !only_ur)) {
            FAIL("exports %s (only ur*%s functions may be exported)", name,
                 only_ur ? "" : " and urpeer*");
            continue;
        }
        if (type != STT_FUNC || bind != STB_GLOBAL ||
            ELF64_ST_VISIBILITY(s->st_other) != STV_DEFAULT)
            FAIL("%s is not a global default-visibility function", name);
        if (ver == NULL || strcmp(ver, want_ver) != 0 || hidden_version)
            FAIL("%s has version %s%s, expected %s (default)", name, ver ? ver : "(none)",
                 hidden_version ? " (hidden)" : "", want_ver);
        if (is_urpeer) {
            n_urpeer++;
            continue;
        }
        n_ur++;
        int e = export_index(name);
        if (e < 0) {
            n_ur_extra++;
            if (exact)
                FAIL("exports %s, which is not listed (--exact)", name);
        } else if (++seen[e] > 1)
            FAIL("%s is defined %u times", name, seen[e]);
    }
    uint32_t found = 0;
    for (uint32_t e = 0; e < nexports; e++) {
        if (seen[e] == 0)
            FAIL("%s is not exported", exports[e]);
        else
            found++;
    }
    printf("%s: %u of %u listed functions exported under %s; %u ur* functions in all (%u not "
           "listed), %u urpeer* under %s\n",
           argv[1], found, nexports, UR_NODE, n_ur, n_ur_extra, n_urpeer, URPEER_NODE);
    printf("check_exports: %s\n", failures ? "FAILED" : "passed");
    free(seen);
    for (uint32_t e = 0; e < nexports; e++)
        free(exports[e]);
    munmap((void *)(uintptr_t)im.base, im.size);
    return failures ? 1 : 0;
}
