#pragma once

#include "MainWindow.h"

#include <QString>

#include <memory>

// The start every GUI test shares: the real main window on the test's own profiles file, backup folder
// and keychain service, shown, with its keychain check finished.
namespace MainWindowTestSupport {

// Null with *problem set when the window did not come up or found no working keychain (the tests run
// under tests/profiles/run-with-keyring.sh, so that is a failure, not a reason to skip).
std::unique_ptr<MainWindow> openWithKeychain(const MainWindow::Options &options, QString *problem);

} // namespace MainWindowTestSupport
