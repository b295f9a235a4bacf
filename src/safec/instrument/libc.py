"""The libc boundary: which calls go to checked wrappers, and how.

A wrapped function `f` is called as `sc_w_f(args..., [extra], site)`, its
pointer parameters and result as sc_fat.  `extra` carries a static fact the
wrapper needs (the allocated type's name for malloc/calloc).  printf-family
calls are not wrapped: they are checked by `sc_chk_printf` and then made for
real (see safe.py).
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
}

# printf-like: name -> index of the format argument
PRINTF_LIKE: dict[str, int] = {
    "printf": 0, "fprintf": 1, "dprintf": 1, "sprintf": 1, "snprintf": 2,
}
SCANF_LIKE: dict[str, int] = {"scanf": 0, "sscanf": 1, "fscanf": 1}
