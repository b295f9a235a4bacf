#include <stdio.h>
#include <limits.h>

/* Dijkstra shortest paths on a weighted grid graph with an indexed binary
   heap (decrease-key), and path reconstruction. */

#define R 8
#define C 10
#define N (R * C)

static int cost[R][C];
static int dist[N], prev_[N], heap[N], pos[N], hsize;

static int less(int a, int b) { return dist[heap[a]] < dist[heap[b]] || (dist[heap[a]] == dist[heap[b]] && heap[a] < heap[b]); }
static void hswap(int a, int b) { int t = heap[a]; heap[a] = heap[b]; heap[b] = t; pos[heap[a]] = a; pos[heap[b]] = b; }
static void up(int i) { while (i > 0 && less(i, (i - 1) / 2)) { hswap(i, (i - 1) / 2); i = (i - 1) / 2; } }
static void down(int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < hsize && less(l, m)) m = l;
        if (r < hsize && less(r, m)) m = r;
        if (m == i) return;
        hswap(i, m);
        i = m;
    }
}

int main(void) {
    unsigned s = 2024;
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++) { s = s * 1103515245u + 12345u; cost[r][c] = 1 + (int)((s >> 16) % 9); }
    for (int r = 2; r < 7; r++) cost[r][5] = 50;  /* wall of expensive cells */
    for (int v = 0; v < N; v++) { dist[v] = INT_MAX; prev_[v] = -1; heap[v] = v; pos[v] = v; }
    hsize = N;
    dist[0] = cost[0][0];
    up(pos[0]);
    int popped = 0;
    while (hsize) {
        int u = heap[0];
        hswap(0, hsize - 1);
        hsize--;
        down(0);
        popped++;
        int ur = u / C, uc = u % C;
        static const int dr[] = {-1, 1, 0, 0}, dc[] = {0, 0, -1, 1};
        for (int k = 0; k < 4; k++) {
            int vr = ur + dr[k], vc = uc + dc[k];
            if (vr < 0 || vr >= R || vc < 0 || vc >= C) continue;
            int v = vr * C + vc;
            if (pos[v] >= hsize) continue;  /* already finalized */
            int nd = dist[u] + cost[vr][vc];
            if (nd < dist[v]) { dist[v] = nd; prev_[v] = u; up(pos[v]); }
        }
    }
    printf("popped=%d dist to corner=%d\n", popped, dist[N - 1]);
    char map[R][C + 1];
    for (int r = 0; r < R; r++) {
        for (int c = 0; c < C; c++) map[r][c] = cost[r][c] >= 50 ? '#' : (char)('0' + cost[r][c]);
        map[r][C] = '\0';
    }
    int steps = 0;
    for (int v = N - 1; v >= 0; v = prev_[v]) { map[v / C][v % C] = '*'; steps++; }
    for (int r = 0; r < R; r++) printf("%s\n", map[r]);
    printf("path cells=%d\n", steps);
    printf("row 0 dists:");
    for (int c = 0; c < C; c++) printf(" %d", dist[c]);
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
popped=80 dist to corner=77
*657896282
**78727498
4***6#5463
785**#7128
8975*#2293
7217*#3395
6262*#7977
1988******
path cells=17
row 0 dists: 6 12 17 24 32 41 47 49 57 59
*/
