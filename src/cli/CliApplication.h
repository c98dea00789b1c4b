#pragma once

#include <QStringList>

// The command-line twin of the desktop application: parses the command line, runs one command on the
// core libraries and maps the outcome to an exit code (0 only on full success). Progress and messages
// go to stderr; --json prints one JSON summary on stdout.
class CliApplication
{
public:
    int run(const QStringList &arguments);
};
