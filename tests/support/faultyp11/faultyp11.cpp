// A PKCS#11 module for fault tests: it forwards every call to a real module (SoftHSM2 by
// default, LT_FAULTY_REAL_MODULE otherwise) and fails on command. The command is the first
// word of the file named by LT_FAULTY_COMMAND, read at each call:
//   remove-at-sign   C_Sign answers CKR_DEVICE_REMOVED (the token pulled out after login)
//   pin-locked       C_Login answers CKR_PIN_LOCKED, and the token info says so
//   final-try        the token info carries CKF_USER_PIN_FINAL_TRY
//   unplugged        no token is present (the slot list with tokens is empty)
//   slow-sign        C_Sign waits 60 s first (a signal can then interrupt the signature)
// and, when LT_FAULTY_LOGINS names a file, appends a line to it at every C_Login (so that a
// test can tell whether a PIN try was made).
#include <p11-kit/pkcs11.h>

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

CK_FUNCTION_LIST *g_real = nullptr;
CK_FUNCTION_LIST g_list;

std::string command()
{
    const char *path = std::getenv("LT_FAULTY_COMMAND");
    if (!path)
        return {};
    FILE *f = std::fopen(path, "r");
    if (!f)
        return {};
    char word[64] = {};
    const int n = std::fscanf(f, "%63s", word);
    std::fclose(f);
    return n == 1 ? std::string(word) : std::string();
}

CK_RV faultyLogin(CK_SESSION_HANDLE s, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG len)
{
    if (const char *log = std::getenv("LT_FAULTY_LOGINS")) {
        if (FILE *f = std::fopen(log, "a")) {
            std::fputs("login\n", f);
            std::fclose(f);
        }
    }
    if (command() == "pin-locked")
        return CKR_PIN_LOCKED;
    return g_real->C_Login(s, user, pin, len);
}

CK_RV faultySign(CK_SESSION_HANDLE s, CK_BYTE_PTR data, CK_ULONG len, CK_BYTE_PTR sig,
                 CK_ULONG_PTR sigLen)
{
    const std::string c = command();
    if (c == "remove-at-sign")
        return CKR_DEVICE_REMOVED;
    if (c == "slow-sign")
        sleep(60);
    return g_real->C_Sign(s, data, len, sig, sigLen);
}

CK_RV faultySlotList(CK_BBOOL present, CK_SLOT_ID_PTR list, CK_ULONG_PTR count)
{
    if (present == CK_TRUE && command() == "unplugged") {
        if (!count)
            return CKR_ARGUMENTS_BAD;
        *count = 0;
        return CKR_OK;
    }
    return g_real->C_GetSlotList(present, list, count);
}

CK_RV faultyTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO_PTR info)
{
    if (command() == "unplugged")
        return CKR_TOKEN_NOT_PRESENT;
    const CK_RV rv = g_real->C_GetTokenInfo(slot, info);
    if (rv != CKR_OK)
        return rv;
    const std::string c = command();
    if (c == "pin-locked")
        info->flags |= CKF_USER_PIN_LOCKED;
    else if (c == "final-try")
        info->flags |= CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_COUNT_LOW;
    return rv;
}

} // namespace

extern "C" __attribute__((visibility("default"))) CK_RV
C_GetFunctionList(CK_FUNCTION_LIST_PTR_PTR list)
{
    if (!list)
        return CKR_ARGUMENTS_BAD;
    if (!g_real) {
        const char *path = std::getenv("LT_FAULTY_REAL_MODULE");
        void *lib = dlopen(path ? path : "/usr/lib/softhsm/libsofthsm2.so", RTLD_NOW | RTLD_LOCAL);
        if (!lib)
            return CKR_GENERAL_ERROR;
        auto get = reinterpret_cast<CK_C_GetFunctionList>(dlsym(lib, "C_GetFunctionList"));
        if (!get || get(&g_real) != CKR_OK)
            return CKR_GENERAL_ERROR;
        std::memcpy(&g_list, g_real, sizeof g_list);
        g_list.C_Login = faultyLogin;
        g_list.C_Sign = faultySign;
        g_list.C_GetTokenInfo = faultyTokenInfo;
        g_list.C_GetSlotList = faultySlotList;
    }
    *list = &g_list;
    return CKR_OK;
}
