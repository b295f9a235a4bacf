/* safec.h — contracts for safe C that cost nothing in regular C.
 *
 * Every macro here expands to nothing for a plain compiler (or to an
 * attribute the compiler already understands), so annotated code builds
 * unchanged with gcc or clang; safec reads the annotations:
 *
 *   __counted_by(n)   on a pointer parameter or a flexible array member:
 *                     it points to n elements (n: another parameter/field)
 *   __sized_by(n)     the same in bytes
 *   __safec_regular_c on a function: compile it as regular C, never
 *                     instrument it (its callers check at the boundary)
 *
 *   void fill(int *buf __counted_by(n), size_t n);
 *   struct msg { size_t len; char data[] __counted_by(len); };
 *   __safec_regular_c void *arena_alloc(struct arena *a, size_t n);
 *
 * The Linux kernel and recent clang define __counted_by themselves (as an
 * attribute); those definitions are kept.
 */
#ifndef SAFEC_H
#define SAFEC_H

#ifndef __counted_by
#define __counted_by(n)
#endif

#ifndef __sized_by
#define __sized_by(n)
#endif

#ifndef __safec_regular_c
#if defined(__clang__)
#define __safec_regular_c __attribute__((annotate("safec_regular_c")))
#else
#define __safec_regular_c
#endif
#endif

#endif /* SAFEC_H */
