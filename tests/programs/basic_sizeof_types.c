#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

struct s1 { char c; int i; };
struct s2 { char c; double d; char e; };
struct s3 { char a, b, c; };
struct s4 { int i; char c[3]; short s; };
union u1 { char c; int i; double d; };
struct s5 { long long x; char y; };

int main(void) {
    printf("char=%zu short=%zu int=%zu long=%zu llong=%zu\n",
           sizeof(char), sizeof(short), sizeof(int), sizeof(long), sizeof(long long));
    printf("float=%zu double=%zu ldouble=%zu\n", sizeof(float), sizeof(double), sizeof(long double));
    printf("ptr=%zu size_t=%zu ptrdiff_t=%zu\n", sizeof(void *), sizeof(size_t), sizeof(ptrdiff_t));
    printf("int8=%zu int16=%zu int32=%zu int64=%zu intptr=%zu\n",
           sizeof(int8_t), sizeof(int16_t), sizeof(int32_t), sizeof(int64_t), sizeof(intptr_t));
    printf("s1=%zu s2=%zu s3=%zu s4=%zu s5=%zu u1=%zu\n",
           sizeof(struct s1), sizeof(struct s2), sizeof(struct s3), sizeof(struct s4),
           sizeof(struct s5), sizeof(union u1));
    int arr[7];
    double darr[3][5];
    printf("arr=%zu elems=%zu darr=%zu row=%zu\n", sizeof arr, sizeof arr / sizeof arr[0],
           sizeof darr, sizeof darr[0]);
    printf("literal 'x'=%zu \"hello\"=%zu 1L=%zu 1.0f=%zu\n", sizeof 'x', sizeof "hello", sizeof 1L, sizeof 1.0f);
    char *p = 0;
    printf("sizeof *p=%zu sizeof(p)=%zu\n", sizeof *p, sizeof p);
    int n = 5;
    size_t sz = sizeof(n++);
    printf("sizeof(n++)=%zu n=%d\n", sz, n);
    printf("func ptr=%zu\n", sizeof(int (*)(void)));
    printf("offsets s2: c=%zu d=%zu e=%zu\n", offsetof(struct s2, c), offsetof(struct s2, d), offsetof(struct s2, e));
    return 0;
}

/* EXPECT-STDOUT:
char=1 short=2 int=4 long=8 llong=8
float=4 double=8 ldouble=16
ptr=8 size_t=8 ptrdiff_t=8
int8=1 int16=2 int32=4 int64=8 intptr=8
s1=8 s2=24 s3=3 s4=12 s5=16 u1=8
arr=28 elems=7 darr=120 row=40
literal 'x'=4 "hello"=6 1L=8 1.0f=4
sizeof *p=1 sizeof(p)=8
sizeof(n++)=4 n=5
func ptr=8
offsets s2: c=0 d=8 e=16
*/
