/* safec/kalloc.h — the kernel's allocation API over the C heap.
 *
 * Kernel-style code (kmalloc, kzalloc, kcalloc, krealloc, kfree, kvmalloc,
 * ...) built as a user-space program.  Every function is a static inline
 * over the malloc family, so safe C sees ordinary malloc/calloc/realloc/free
 * calls and checks them like any other heap object: kfree of an interior
 * pointer, a double kfree, or an access past a kmalloc'd block is reported.
 *
 * GFP flags are accepted and ignored, except __GFP_ZERO (zeroed memory).
 * Like the kernel, kfree(NULL) and kfree(ZERO_SIZE_PTR) do nothing, and a
 * zero-size request returns ZERO_SIZE_PTR (never dereferenceable).
 */
#ifndef SAFEC_KALLOC_H
#define SAFEC_KALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned int gfp_t;

#define __GFP_ZERO 0x100u
#define __GFP_NOWARN 0x200u
#define __GFP_NOFAIL 0x400u
#define GFP_ATOMIC 0x1u
#define GFP_KERNEL 0x2u
#define GFP_NOWAIT 0x4u
#define GFP_NOIO 0x8u
#define GFP_NOFS 0x10u
#define GFP_USER 0x20u
#define GFP_DMA 0x40u

/* The kernel's ((void *)16): not NULL, inside the never-mapped first page,
 * so any access through it faults (safe C reports a null-dereference). */
#define ZERO_SIZE_PTR ((void *)16)
#define ZERO_OR_NULL_PTR(x) ((uintptr_t)(x) <= (uintptr_t)ZERO_SIZE_PTR)

static inline void *kmalloc(size_t size, gfp_t flags)
{
    if (size == 0)
        return ZERO_SIZE_PTR;
    if (flags & __GFP_ZERO)
        return calloc(1, size);
    return malloc(size);
}

static inline void *kzalloc(size_t size, gfp_t flags)
{
    return kmalloc(size, flags | __GFP_ZERO);
}

static inline void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
    size_t bytes;
    if (__builtin_mul_overflow(n, size, &bytes))
        return NULL;
    return kmalloc(bytes, flags);
}

static inline void *kcalloc(size_t n, size_t size, gfp_t flags)
{
    return kmalloc_array(n, size, flags | __GFP_ZERO);
}

static inline void kfree(const void *p)
{
    if (!ZERO_OR_NULL_PTR(p))
        free((void *)p);
}

static inline void kfree_sensitive(const void *p)
{
    kfree(p); /* the bytes are not wiped: the checked free cannot see the size */
}

/* As in the kernel, size 0 frees p and returns ZERO_SIZE_PTR.  __GFP_ZERO
 * does not zero the grown part here: this shim does not know the old size. */
static inline void *krealloc(const void *p, size_t size, gfp_t flags)
{
    (void)flags;
    if (size == 0) {
        kfree(p);
        return ZERO_SIZE_PTR;
    }
    if (ZERO_OR_NULL_PTR(p))
        return kmalloc(size, flags);
    return realloc((void *)p, size);
}

static inline void *krealloc_array(void *p, size_t n, size_t size, gfp_t flags)
{
    size_t bytes;
    if (__builtin_mul_overflow(n, size, &bytes))
        return NULL;
    return krealloc(p, bytes, flags);
}

static inline void *kmemdup(const void *src, size_t len, gfp_t flags)
{
    void *p = kmalloc(len, flags & ~__GFP_ZERO);
    if (p && len)
        memcpy(p, src, len);
    return p;
}

/* Written out (not strdup/strndup): those are not declared under -std=c11. */
static inline char *kstrndup(const char *s, size_t max, gfp_t flags)
{
    if (!s)
        return NULL;
    size_t len = 0;
    while (len < max && s[len])
        len++;
    char *p = (char *)kmalloc(len + 1, flags & ~__GFP_ZERO);
    if (p) {
        memcpy(p, s, len);
        p[len] = 0;
    }
    return p;
}

static inline char *kstrdup(const char *s, gfp_t flags)
{
    return kstrndup(s, (size_t)-1, flags);
}

/* vmalloc-backed variants: the same heap here. */
static inline void *kvmalloc(size_t size, gfp_t flags) { return kmalloc(size, flags); }
static inline void *kvzalloc(size_t size, gfp_t flags) { return kzalloc(size, flags); }
static inline void *kvmalloc_array(size_t n, size_t size, gfp_t flags)
{
    return kmalloc_array(n, size, flags);
}
static inline void *kvcalloc(size_t n, size_t size, gfp_t flags)
{
    return kcalloc(n, size, flags);
}
static inline void kvfree(const void *p) { kfree(p); }
static inline void *vmalloc(size_t size) { return kmalloc(size, GFP_KERNEL); }
static inline void *vzalloc(size_t size) { return kzalloc(size, GFP_KERNEL); }
static inline void vfree(const void *p) { kfree(p); }

#endif /* SAFEC_KALLOC_H */
