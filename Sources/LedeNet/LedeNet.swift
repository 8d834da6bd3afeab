// Sockets, epoll loops and connections: filled in by the server foundation issue.
