#pragma once

#include "ConnectionProfile.h"

#include <QString>

class SecretResolver;

// Turns a profile plus its secrets into what the core's clients take. The password goes into the
// URL only in memory, on the way to a job; it is never shown or logged (FalkorEndpoint redacts it).
namespace ProfileEndpoints {
// redis[s]://[user[:password]@]host:port[?ca=...&insecure=1]; throws OperationError when a needed
// secret cannot be obtained (keychain error, prompt canceled).
QString falkorDbUrl(const ConnectionProfile &profile, SecretResolver &secrets);
// The URL as people may see it (no password).
QString falkorDbDisplayUrl(const ConnectionProfile &profile);
}
