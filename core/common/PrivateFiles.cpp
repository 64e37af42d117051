#include "core/common/PrivateFiles.h"

#include <sys/stat.h>

void PrivateFiles::restrictProcess()
{
    ::umask(S_IRWXG | S_IRWXO);
}
