// espeak-ng 1.51 C API.
#include <espeak-ng/speak_lib.h>
#include <espeak-ng/espeak_ng.h>
