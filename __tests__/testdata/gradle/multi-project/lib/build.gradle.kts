plugins { `java-library` }
dependencies {
    api(libs.commons.lang3)
    implementation(libs.slf4j.api)
    testRuntimeOnly("com.h2database:h2:2.3.232")
}
