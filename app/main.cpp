#include "shell/consoleapp.h"

int main(int argc, char **argv)
{
    return opc::ui::runConsole(argc, argv);
}
