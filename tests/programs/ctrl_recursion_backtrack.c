#include <stdio.h>
#include <string.h>

static int perm_count;
static void permute(char *s, int k, int n) {
    if (k == n) {
        if (perm_count < 8 || strcmp(s, "dcba") == 0) printf("%s ", s);
        perm_count++;
        return;
    }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

static int subset_sum_count(const int *a, int n, int target, int *chosen, int depth) {
    if (target == 0) {
        printf("  {");
        for (int i = 0; i < depth; i++) printf("%s%d", i ? "," : "", chosen[i]);
        printf("}\n");
        return 1;
    }
    if (n == 0 || target < 0) return 0;
    chosen[depth] = a[0];
    int with = subset_sum_count(a + 1, n - 1, target - a[0], chosen, depth + 1);
    int without = subset_sum_count(a + 1, n - 1, target, chosen, depth);
    return with + without;
}

static long partitions(int n, int max) {
    if (n == 0) return 1;
    if (n < 0 || max == 0) return 0;
    return partitions(n - max, max) + partitions(n, max - 1);
}

static int maze_paths(int r, int c, const char maze[5][6], int visited[5][5]) {
    if (r < 0 || c < 0 || r >= 5 || c >= 5 || maze[r][c] == '#' || visited[r][c]) return 0;
    if (r == 4 && c == 4) return 1;
    visited[r][c] = 1;
    int n = maze_paths(r + 1, c, maze, visited) + maze_paths(r - 1, c, maze, visited) +
            maze_paths(r, c + 1, maze, visited) + maze_paths(r, c - 1, maze, visited);
    visited[r][c] = 0;
    return n;
}

int main(void) {
    char s[] = "abcd";
    permute(s, 0, 4);
    printf("\npermutations=%d\n", perm_count);
    int a[] = {3, 34, 4, 12, 5, 2, 9, 7};
    int chosen[8];
    printf("subsets summing to 16:\n");
    printf("count=%d\n", subset_sum_count(a, 8, 16, chosen, 0));
    for (int n = 1; n <= 30; n += 7) printf("p(%d)=%ld ", n, partitions(n, n));
    printf("\n");
    const char maze[5][6] = {"..#..", ".#...", ".....", "#.#.#", "....."};
    int visited[5][5] = {{0}};
    printf("maze simple paths=%d\n", maze_paths(0, 0, maze, visited));
    return 0;
}

/* EXPECT-STDOUT:
abcd abdc acbd acdb adcb adbc bacd badc dcba 
permutations=24
subsets summing to 16:
  {3,4,2,7}
  {3,4,9}
  {4,12}
  {4,5,7}
  {5,2,9}
  {9,7}
count=6
p(1)=1 p(8)=22 p(15)=176 p(22)=1002 p(29)=4565 
maze simple paths=5
*/
