// Calls the arrc modules of the sample from C++ (the headers' extern "C");
// prints what tests/cmake_test.sh compares with its own arithmetic.
#include <iostream>
#include <vector>
#include "scale.h"
#include "app.h"

int main()
{
    std::vector<double> x = {1, 2, 3, 4}, y(x.size());
    double e = 0;
    if (scale(static_cast<int64_t>(x.size()), x.data(), 3.0, y.data()) != 0) {
        std::cerr << "scale: " << scale_last_error() << "\n";
        return 1;
    }
    if (energy(static_cast<int64_t>(x.size()), x.data(), &e) != 0) {
        std::cerr << "energy: " << app_last_error() << "\n";
        return 1;
    }
    std::cout << "scale";
    for (double v : y)
        std::cout << " " << v;
    std::cout << "\nenergy " << e << "\n";
    return 0;
}
