"""The libc boundary: which calls go to checked wrappers, and how.

A wrapped function `f` is called as `sc_w_f(args..., [extra], site)`, its
pointer parameters and result as sc_fat.  `extra` carries a static fact the
wrapper needs (the allocated type's name for malloc/calloc).  printf-family
calls are not wrapped: they are checked by `sc_chk_printf` and then made for
real (see safe.py).

Wrappers are in runtime/safec_libc.c and safec_libc2.c, declared in
safec_rt.h.  A name maps to exactly one wrapper: a libc function with two
signatures under one name (POSIX and GNU strerror_r) is routed by its type in
safe.py.
"""

from __future__ import annotations

# name -> (pointer parameter positions, returns a pointer, extra argument)
WRAPPED: dict[str, tuple[tuple[int, ...], bool, str]] = {
    "malloc": ((), True, "type"),
    "calloc": ((), True, "type"),
    "realloc": ((0,), True, ""),
    "free": ((0,), False, ""),
    "aligned_alloc": ((), True, ""),
    "posix_memalign": ((0,), False, ""),
    "strdup": ((0,), True, ""),
    "strndup": ((0,), True, ""),
    "memcpy": ((0, 1), True, ""),
    "memmove": ((0, 1), True, ""),
    "memset": ((0,), True, ""),
    "memcmp": ((0, 1), False, ""),
    "memchr": ((0,), True, ""),
    "strlen": ((0,), False, ""),
    "strnlen": ((0,), False, ""),
    "strcpy": ((0, 1), True, ""),
    "strncpy": ((0, 1), True, ""),
    "strcat": ((0, 1), True, ""),
    "strncat": ((0, 1), True, ""),
    "strcmp": ((0, 1), False, ""),
    "strncmp": ((0, 1), False, ""),
    "strcasecmp": ((0, 1), False, ""),
    "strncasecmp": ((0, 1), False, ""),
    "strchr": ((0,), True, ""),
    "strrchr": ((0,), True, ""),
    "strstr": ((0, 1), True, ""),
    "strpbrk": ((0, 1), True, ""),
    "strspn": ((0, 1), False, ""),
    "strcspn": ((0, 1), False, ""),
    "strtok": ((0, 1), True, ""),
    "strtol": ((0, 1), False, ""),
    "strtoul": ((0, 1), False, ""),
    "strtoll": ((0, 1), False, ""),
    "strtoull": ((0, 1), False, ""),
    "strtod": ((0, 1), False, ""),
    "strtof": ((0, 1), False, ""),
    "atoi": ((0,), False, ""),
    "atol": ((0,), False, ""),
    "atof": ((0,), False, ""),
    "getenv": ((0,), True, ""),
    "__errno_location": ((), True, ""),
    "puts": ((0,), False, ""),
    "fputs": ((0,), False, "stream1"),
    "fgets": ((0,), True, "stream2"),
    "fread": ((0,), False, "stream3"),
    "fwrite": ((0,), False, "stream3"),
    "strtold": ((0, 1), False, ""),
    "strtok_r": ((0, 1, 2), True, ""),
    "strsep": ((0, 1), True, ""),
    "stpcpy": ((0, 1), True, ""),
    "stpncpy": ((0, 1), True, ""),
    "memccpy": ((0, 1), True, ""),
    "memrchr": ((0,), True, ""),
    "strchrnul": ((0,), True, ""),
    "strcasestr": ((0, 1), True, ""),
    "reallocarray": ((0,), True, ""),
    "getline": ((0, 1), False, ""),
    "getdelim": ((0, 1), False, ""),
    "qsort": ((0, 3), False, ""),
    "bsearch": ((0, 1, 4), True, ""),
    # v*printf: the va_list (a plain machine value) is checked through its
    # binding to the sc_va of the safe variadic function that made it
    "vprintf": ((0,), False, ""),
    "vfprintf": ((1,), False, ""),
    "vdprintf": ((1,), False, ""),
    "vsprintf": ((0, 1), False, ""),
    "vsnprintf": ((0, 2), False, ""),
    "vasprintf": ((0, 1), False, ""),
    # stdio: files
    "fopen": ((0, 1), True, ""),
    "freopen": ((0, 1), True, ""),
    "fdopen": ((1,), True, ""),
    "perror": ((0,), False, ""),
    "remove": ((0,), False, ""),
    "rename": ((0, 1), False, ""),
    "setvbuf": ((1,), False, ""),
    "setbuf": ((1,), False, ""),
    "fgetpos": ((1,), False, ""),
    "fsetpos": ((1,), False, ""),
    # string.h extras
    "memmem": ((0, 2), True, ""),
    "mempcpy": ((0, 1), True, ""),
    "strcoll": ((0, 1), False, ""),
    "strxfrm": ((0, 1), False, ""),
    "strverscmp": ((0, 1), False, ""),
    "strerror": ((), True, ""),
    "strsignal": ((), True, ""),
    "strerror_r": ((1,), True, ""),  # GNU; the POSIX one is routed to __xpg_strerror_r
    "__xpg_strerror_r": ((1,), False, ""),
    "bzero": ((0,), False, ""),
    "explicit_bzero": ((0,), False, ""),
    "bcopy": ((0, 1), False, ""),
    "index": ((0,), True, ""),
    "rindex": ((0,), True, ""),
    # stdlib.h / inttypes.h extras
    "atoll": ((0,), False, ""),
    "strtoimax": ((0, 1), False, ""),
    "strtoumax": ((0, 1), False, ""),
    "realpath": ((0, 1), True, ""),
    "setenv": ((0, 1), False, ""),
    "unsetenv": ((0,), False, ""),
    "putenv": ((0,), False, ""),
    "mkstemp": ((0,), False, ""),
    "mkdtemp": ((0,), True, ""),
    "system": ((0,), False, ""),
    "mblen": ((0,), False, ""),
    "mbtowc": ((0, 1), False, ""),
    "wctomb": ((0,), False, ""),
    "mbstowcs": ((0, 1), False, ""),
    "wcstombs": ((0, 1), False, ""),
    # POSIX I/O
    **dict.fromkeys(("read", "pread", "recv", "write", "pwrite", "send"), ((1,), False, "")),
    "gethostname": ((0,), False, ""),
    "getcwd": ((0,), True, ""),
    "readlink": ((0, 1), False, ""),
    # wchar.h: wide strings and wide memory (safec_wchar.c)
    **dict.fromkeys(("wcslen", "wcsnlen"), ((0,), False, "")),
    **dict.fromkeys(("wcsdup", "wcschr", "wcsrchr", "wmemset", "wmemchr"), ((0,), True, "")),
    **dict.fromkeys(("wcscmp", "wcsncmp", "wcsspn", "wcscspn", "wmemcmp"), ((0, 1), False, "")),
    **dict.fromkeys(("wcscpy", "wcsncpy", "wcscat", "wcsncat", "wcsstr", "wcspbrk", "wmemcpy",
                     "wmemmove"), ((0, 1), True, "")),
    # time.h
    "time": ((0,), False, ""),
    "localtime": ((0,), True, ""),
    "gmtime": ((0,), True, ""),
    "localtime_r": ((0, 1), True, ""),
    "gmtime_r": ((0, 1), True, ""),
    "mktime": ((0,), False, ""),
    "asctime": ((0,), True, ""),
    "ctime": ((0,), True, ""),
    "asctime_r": ((0, 1), True, ""),
    "ctime_r": ((0, 1), True, ""),
    "strftime": ((0, 2, 3), False, ""),
    # ctype: glibc's macros index the tables these return (entries -128..255)
    "__ctype_b_loc": ((), True, ""),
    "__ctype_tolower_loc": ((), True, ""),
    "__ctype_toupper_loc": ((), True, ""),
    # ... and the function forms check their argument against the same range
    **dict.fromkeys(("isalnum", "isalpha", "isblank", "iscntrl", "isdigit", "isgraph",
                     "islower", "isprint", "ispunct", "isspace", "isupper", "isxdigit"),
                    ((), False, "")),
}

# printf-like: name -> index of the format argument
PRINTF_LIKE: dict[str, int] = {
    "printf": 0, "fprintf": 1, "dprintf": 1, "sprintf": 1, "snprintf": 2,
    "asprintf": 1,  # the result becomes a checked heap block (sc_asprintf_done)
}
SCANF_LIKE: dict[str, int] = {"scanf": 0, "sscanf": 1, "fscanf": 1}
# wide printf (a wchar_t format, checked as its ASCII transcription); swprintf's
# destination holds n wide characters
WPRINTF_LIKE: dict[str, int] = {"wprintf": 0, "fwprintf": 1, "swprintf": 2}
