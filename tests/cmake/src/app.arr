# imports a module of another folder (INCLUDE_DIRS kernels in CMakeLists.txt)
import "scale.arr";

# the sum of the squares of scale(x, 2)
export fn energy(x: f64[n]) -> f64 {
    let y = scale(x, 2.0);
    return sum(y * y);
}
