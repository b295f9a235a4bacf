#include <stdio.h>

#define X 3
#define Y 4
#define Z 5

static int volume[X][Y][Z];

static long checksum(int (*v)[Y][Z]) {
    long s = 0;
    for (int i = 0; i < X; i++)
        for (int j = 0; j < Y; j++)
            for (int k = 0; k < Z; k++) s += (long)v[i][j][k] * (i + 2 * j + 3 * k + 1);
    return s;
}

int main(void) {
    for (int i = 0; i < X; i++)
        for (int j = 0; j < Y; j++)
            for (int k = 0; k < Z; k++) volume[i][j][k] = i * 100 + j * 10 + k;
    printf("checksum=%ld\n", checksum(volume));
    int *flat = &volume[0][0][0];
    printf("flat[37]=%d volume[1][3][2]=%d\n", flat[37], volume[1][3][2]);
    int (*plane)[Z] = volume[2];
    printf("plane[3][4]=%d\n", plane[3][4]);
    int *line = volume[1][2];
    printf("line[0..4]= %d %d %d %d %d\n", line[0], line[1], line[2], line[3], line[4]);
    printf("sizes %zu %zu %zu %zu\n", sizeof volume, sizeof volume[0], sizeof volume[0][0], sizeof volume[0][0][0]);
    /* pointer differences across rows */
    printf("diff=%td\n", &volume[2][0][0] - &volume[0][1][3]);
    /* iterate with pointer to 2-D slice */
    int (*slice)[Y][Z];
    int total = 0;
    for (slice = volume; slice < volume + X; slice++) total += (*slice)[Y - 1][Z - 1];
    printf("corner total=%d\n", total);
    return 0;
}

/* EXPECT-STDOUT:
checksum=83080
flat[37]=132 volume[1][3][2]=132
plane[3][4]=234
line[0..4]= 120 121 122 123 124
sizes 240 80 20 4
diff=32
corner total=402
*/
