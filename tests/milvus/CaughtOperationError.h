#pragma once

#include "OperationError.h"

#include <functional>
#include <optional>

// The OperationError a call throws, or nullopt when it returns: lets a test assert on the kind,
// message and hint of an expected failure, and fail plainly when there was none.
inline std::optional<OperationError> errorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const OperationError &error) {
        return error;
    }
    return std::nullopt;
}
