package io.twinbench.resources.tests;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;

/** Runs a bash command in a container, as an analyst's docker exec would, and returns what it printed. */
final class Exec {

    private Exec() {
    }

    static String get(DockerClient docker, String containerId, String bash) throws InterruptedException {
        String exec = docker.execCreateCmd(containerId).withCmd("/bin/bash", "-c", bash).withAttachStdout(true).withAttachStderr(true).exec().getId();
        StringBuilder out = new StringBuilder();
        docker.execStartCmd(exec).exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
            }
        }).awaitCompletion(30, TimeUnit.SECONDS);
        return out.toString();
    }
}
