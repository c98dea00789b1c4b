#pragma once

#include "SecretResolver.h"

#include <QString>

class CredentialStore;
class JobRunner;
class ProfileStore;
class QWidget;
class TaskContext;

// What the pages of the main window share: the profile store, the keychain, the one job runner,
// and where backup sets are kept. Owned by MainWindow; the pages only borrow it.
struct AppServices
{
    ProfileStore *profiles = nullptr;
    CredentialStore *credentials = nullptr;
    JobRunner *jobs = nullptr;
    QWidget *window = nullptr;
    QString backupFolder;
    // Set once the keychain probe answered; empty while unknown or when the keychain works.
    QString keychainProblem;

    // A resolver for one job, made on the worker thread that runs it. Secrets the profile asks for
    // "every time" (or that the keychain cannot give) are asked for with a password prompt on the GUI
    // thread; the worker waits for the answer but gives up as soon as the job is canceled, so closing
    // the window never deadlocks on an open prompt.
    std::unique_ptr<SecretResolver> makeResolver(TaskContext &context) const;
};
