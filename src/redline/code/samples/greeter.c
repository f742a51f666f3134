#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Greets the user and stores their name in a log line. */
int main(int argc, char **argv) {
    char name[32];
    char line[64];
    char command[128];

    printf("Your name: ");
    gets(name);
    strcpy(line, "hello, ");
    strcat(line, name);
    printf(line);

    if (argc > 1) {
        sprintf(command, "echo %s >> /var/log/greeter.log", argv[1]);
        system(command);
    }
    return 0;
}
