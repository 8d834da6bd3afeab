// Declarations only: Linux facilities that Swift's Glibc module does not export.
#ifndef LEDE_CLINUX_SHIM_H
#define LEDE_CLINUX_SHIM_H

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/socket.h>
#include <sys/resource.h>
#include <pthread.h>
#include <signal.h>

// GNU extensions hidden from Glibc's module even with _GNU_SOURCE; re-declaring the
// prototypes is enough to import them (checked on Swift 6.3.1 / Debian 12).
extern int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);
extern int pipe2(int pipefd[2], int flags);
extern int pthread_setname_np(pthread_t thread, const char *name);

#endif
