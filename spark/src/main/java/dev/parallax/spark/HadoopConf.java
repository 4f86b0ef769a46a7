package dev.parallax.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration carried to the tasks that write reports, so that they reach the
 * output's file system (HDFS, an object store) with the settings the user gave the job.
 */
record HadoopConf(HashMap<String, String> entries) implements Serializable {
  static HadoopConf of(Configuration conf) {
    HashMap<String, String> out = new HashMap<>();
    for (Map.Entry<String, String> e : conf) {
      out.put(e.getKey(), e.getValue());
    }
    return new HadoopConf(out);
  }

  Configuration get() {
    Configuration c = new Configuration(false);
    entries.forEach(c::set);
    return c;
  }
}
