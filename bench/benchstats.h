#pragma once

// The statistics the benchmarks report: the median and a percentile of a series of times.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace lt::bench {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return 0;
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

} // namespace lt::bench
