#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

// The one thread of the process on which QtKeychain jobs run (internal to CredentialStore).
//
// Why a thread of its own: QtKeychain queues every job through a process-wide JobExecutor that lives in
// the thread which happened to create it first, and its libsecret backend delivers results through the
// GLib main context of the thread that started the job. Jobs started from arbitrary worker threads
// would race on that executor or wait for an event loop that never runs. Running them all here gives
// every caller (GUI thread, worker threads, the CLI) the same well-defined behaviour.
class KeychainThread
{
public:
    enum class Operation { Read, Write, Delete };

    struct Request {
        Operation operation = Operation::Read;
        QString service;
        QString key;
        QString secret;  // Write only
    };

    struct Reply {
        int error = 0;  // QKeychain::Error
        QString errorString;
        QString secret;  // Read only
    };

    // Starts the job on the keychain thread (started on first use and stopped when the
    // QCoreApplication is destroyed). A QCoreApplication must exist.
    static QFuture<Reply> run(const Request &request);

    // Test seam: while held, requests are queued before they reach QtKeychain, as if the keychain
    // were showing an unlock prompt nobody has answered yet; releasing starts them in order. Lets GUI
    // tests show that nothing waits for the keychain on the GUI thread, without relying on timing.
    static void setHeldForTesting(bool held);
    // How many requests are waiting because of setHeldForTesting(true).
    static int heldRequestCount();
};
