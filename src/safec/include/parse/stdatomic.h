/* <stdatomic.h> as libclang parses it for safec; gcc never reads this file.
 *
 * gcc's own <stdatomic.h>, which libclang would otherwise find (safec parses
 * with gcc's include directory), is written with GNU builtins that clang
 * rejects on _Atomic objects.  These macros use clang's __c11_atomic_*
 * builtins instead, and safec's frontend turns each of those back into the
 * GNU builtin gcc has for it (frontend/lower_expr.py, _atomic).  The emitted
 * C includes gcc's header, so every name declared here is declared there
 * with the same type and value. */
#ifndef SAFEC_PARSE_STDATOMIC_H
#define SAFEC_PARSE_STDATOMIC_H

typedef enum {
    memory_order_relaxed = __ATOMIC_RELAXED,
    memory_order_consume = __ATOMIC_CONSUME,
    memory_order_acquire = __ATOMIC_ACQUIRE,
    memory_order_release = __ATOMIC_RELEASE,
    memory_order_acq_rel = __ATOMIC_ACQ_REL,
    memory_order_seq_cst = __ATOMIC_SEQ_CST
} memory_order;

typedef _Atomic _Bool atomic_bool;
typedef _Atomic char atomic_char;
typedef _Atomic signed char atomic_schar;
typedef _Atomic unsigned char atomic_uchar;
typedef _Atomic short atomic_short;
typedef _Atomic unsigned short atomic_ushort;
typedef _Atomic int atomic_int;
typedef _Atomic unsigned int atomic_uint;
typedef _Atomic long atomic_long;
typedef _Atomic unsigned long atomic_ulong;
typedef _Atomic long long atomic_llong;
typedef _Atomic unsigned long long atomic_ullong;
typedef _Atomic __CHAR16_TYPE__ atomic_char16_t;
typedef _Atomic __CHAR32_TYPE__ atomic_char32_t;
typedef _Atomic __WCHAR_TYPE__ atomic_wchar_t;
typedef _Atomic __INT_LEAST8_TYPE__ atomic_int_least8_t;
typedef _Atomic __UINT_LEAST8_TYPE__ atomic_uint_least8_t;
typedef _Atomic __INT_LEAST16_TYPE__ atomic_int_least16_t;
typedef _Atomic __UINT_LEAST16_TYPE__ atomic_uint_least16_t;
typedef _Atomic __INT_LEAST32_TYPE__ atomic_int_least32_t;
typedef _Atomic __UINT_LEAST32_TYPE__ atomic_uint_least32_t;
typedef _Atomic __INT_LEAST64_TYPE__ atomic_int_least64_t;
typedef _Atomic __UINT_LEAST64_TYPE__ atomic_uint_least64_t;
typedef _Atomic __INT_FAST8_TYPE__ atomic_int_fast8_t;
typedef _Atomic __UINT_FAST8_TYPE__ atomic_uint_fast8_t;
typedef _Atomic __INT_FAST16_TYPE__ atomic_int_fast16_t;
typedef _Atomic __UINT_FAST16_TYPE__ atomic_uint_fast16_t;
typedef _Atomic __INT_FAST32_TYPE__ atomic_int_fast32_t;
typedef _Atomic __UINT_FAST32_TYPE__ atomic_uint_fast32_t;
typedef _Atomic __INT_FAST64_TYPE__ atomic_int_fast64_t;
typedef _Atomic __UINT_FAST64_TYPE__ atomic_uint_fast64_t;
typedef _Atomic __INTPTR_TYPE__ atomic_intptr_t;
typedef _Atomic __UINTPTR_TYPE__ atomic_uintptr_t;
typedef _Atomic __SIZE_TYPE__ atomic_size_t;
typedef _Atomic __PTRDIFF_TYPE__ atomic_ptrdiff_t;
typedef _Atomic __INTMAX_TYPE__ atomic_intmax_t;
typedef _Atomic __UINTMAX_TYPE__ atomic_uintmax_t;

#define ATOMIC_VAR_INIT(V) (V)
#define atomic_init(P, V) __c11_atomic_init((P), (V))
#define kill_dependency(Y) (Y)

#define atomic_thread_fence(MO) __atomic_thread_fence(MO)
#define atomic_signal_fence(MO) __atomic_signal_fence(MO)
#define atomic_is_lock_free(P) __atomic_is_lock_free(sizeof(*(P)), 0) /* (an _Atomic object is aligned) */

#define ATOMIC_BOOL_LOCK_FREE __GCC_ATOMIC_BOOL_LOCK_FREE
#define ATOMIC_CHAR_LOCK_FREE __GCC_ATOMIC_CHAR_LOCK_FREE
#define ATOMIC_CHAR16_T_LOCK_FREE __GCC_ATOMIC_CHAR16_T_LOCK_FREE
#define ATOMIC_CHAR32_T_LOCK_FREE __GCC_ATOMIC_CHAR32_T_LOCK_FREE
#define ATOMIC_WCHAR_T_LOCK_FREE __GCC_ATOMIC_WCHAR_T_LOCK_FREE
#define ATOMIC_SHORT_LOCK_FREE __GCC_ATOMIC_SHORT_LOCK_FREE
#define ATOMIC_INT_LOCK_FREE __GCC_ATOMIC_INT_LOCK_FREE
#define ATOMIC_LONG_LOCK_FREE __GCC_ATOMIC_LONG_LOCK_FREE
#define ATOMIC_LLONG_LOCK_FREE __GCC_ATOMIC_LLONG_LOCK_FREE
#define ATOMIC_POINTER_LOCK_FREE __GCC_ATOMIC_POINTER_LOCK_FREE

#define atomic_store_explicit(P, V, MO) __c11_atomic_store((P), (V), (MO))
#define atomic_store(P, V) atomic_store_explicit(P, V, __ATOMIC_SEQ_CST)
#define atomic_load_explicit(P, MO) __c11_atomic_load((P), (MO))
#define atomic_load(P) atomic_load_explicit(P, __ATOMIC_SEQ_CST)
#define atomic_exchange_explicit(P, V, MO) __c11_atomic_exchange((P), (V), (MO))
#define atomic_exchange(P, V) atomic_exchange_explicit(P, V, __ATOMIC_SEQ_CST)
#define atomic_compare_exchange_strong_explicit(P, E, D, S, F) \
    __c11_atomic_compare_exchange_strong((P), (E), (D), (S), (F))
#define atomic_compare_exchange_strong(P, E, D) \
    atomic_compare_exchange_strong_explicit(P, E, D, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)
#define atomic_compare_exchange_weak_explicit(P, E, D, S, F) \
    __c11_atomic_compare_exchange_weak((P), (E), (D), (S), (F))
#define atomic_compare_exchange_weak(P, E, D) \
    atomic_compare_exchange_weak_explicit(P, E, D, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)
#define atomic_fetch_add_explicit(P, V, MO) __c11_atomic_fetch_add((P), (V), (MO))
#define atomic_fetch_add(P, V) atomic_fetch_add_explicit(P, V, __ATOMIC_SEQ_CST)
#define atomic_fetch_sub_explicit(P, V, MO) __c11_atomic_fetch_sub((P), (V), (MO))
#define atomic_fetch_sub(P, V) atomic_fetch_sub_explicit(P, V, __ATOMIC_SEQ_CST)
#define atomic_fetch_or_explicit(P, V, MO) __c11_atomic_fetch_or((P), (V), (MO))
#define atomic_fetch_or(P, V) atomic_fetch_or_explicit(P, V, __ATOMIC_SEQ_CST)
#define atomic_fetch_xor_explicit(P, V, MO) __c11_atomic_fetch_xor((P), (V), (MO))
#define atomic_fetch_xor(P, V) atomic_fetch_xor_explicit(P, V, __ATOMIC_SEQ_CST)
#define atomic_fetch_and_explicit(P, V, MO) __c11_atomic_fetch_and((P), (V), (MO))
#define atomic_fetch_and(P, V) atomic_fetch_and_explicit(P, V, __ATOMIC_SEQ_CST)

/* gcc's is an _Atomic struct, which clang will not initialize with
 * ATOMIC_FLAG_INIT; the same struct without _Atomic has its layout, and
 * nothing but the builtins below touches its member. */
typedef struct {
#if __GCC_ATOMIC_TEST_AND_SET_TRUEVAL == 1
    _Bool __val;
#else
    unsigned char __val;
#endif
} atomic_flag;
#define ATOMIC_FLAG_INIT { 0 }
#define atomic_flag_test_and_set_explicit(P, MO) __atomic_test_and_set((P), (MO))
#define atomic_flag_test_and_set(P) atomic_flag_test_and_set_explicit(P, __ATOMIC_SEQ_CST)
#define atomic_flag_clear_explicit(P, MO) __atomic_clear((P), (MO))
#define atomic_flag_clear(P) atomic_flag_clear_explicit(P, __ATOMIC_SEQ_CST)

#endif
