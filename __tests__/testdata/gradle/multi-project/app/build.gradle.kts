plugins { application; kotlin("kapt") version "2.0.21" }
dependencies {
    implementation(project(":lib"))
    implementation(libs.guava)
    kapt("com.google.dagger:dagger-compiler:2.51")
    testImplementation(libs.junit.jupiter.api)
}
