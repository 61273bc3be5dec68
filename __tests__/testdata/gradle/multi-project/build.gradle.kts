buildscript {
    dependencies { classpath("com.google.guava:guava:33.4.0-jre") }
}
dependencyLocking { lockAllConfigurations() }
