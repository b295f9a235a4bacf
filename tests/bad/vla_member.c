/* A struct with a variable-length array member (GNU C): gcc takes it,
 * libclang never will, so safec names it rather than a syntax error. */
int f(int n)
{
    struct {
        int a[n];
    } s;
    s.a[0] = 1;
    return s.a[0] + (int)sizeof s;
}

int main(void)
{
    return f(3) == 13 ? 0 : 1;
}
