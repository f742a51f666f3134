#include <list>
#include <map>
#include <string>
#include <vector>

struct Job {
    int id;
    bool repeat;
    bool done;
};

void schedule(std::vector<Job> &jobs, std::map<int, std::string> &names)
{
    for (const Job &job : jobs) {
        if (job.repeat) {
            // ruleid: container-modified-in-loop
            jobs.push_back(Job{job.id + 1, false, false});
        }
    }

    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        if (it->done) {
            // ruleid: container-modified-in-loop
            jobs.erase(it);
        }
    }

    for (auto it = jobs.begin(); it != jobs.end();) {
        if (it->done) {
            // ok: container-modified-in-loop
            it = jobs.erase(it);
        } else {
            ++it;
        }
    }

    for (auto it = names.begin(); it != names.end();) {
        if (it->second.empty()) {
            // ok: container-modified-in-loop
            names.erase(it++);
        } else {
            ++it;
        }
    }

    for (const Job &job : jobs) {
        if (job.id == 0) {
            // ok: container-modified-in-loop
            jobs.clear();
            break;
        }
    }

    std::vector<Job> extra;
    for (const Job &job : jobs) {
        // ok: container-modified-in-loop
        extra.push_back(job);
    }
}

void insert_sorted(std::list<int> &values, int value)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (*it > value) {
            // ok: container-modified-in-loop
            values.insert(it, value);
            return;
        }
    }
    values.push_back(value);
}
