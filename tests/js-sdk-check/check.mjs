// The official AWS SDK for JavaScript v3 RoboMaker client against the emulator (started elsewhere, in strict mode):
// fleet, two robots of different architectures, an application with one architecture's source and a version,
// a deployment where the other robot fails with MissingRobotApplicationArchitecture, then a deployment to the
// deleted fleet failing with DeploymentFleetDoesNotExist. Env: EMULATOR_URL (required), EMULATOR_JOB_SECONDS.
import {
  RoboMakerClient, CreateFleetCommand, CreateRobotCommand, RegisterRobotCommand, DescribeFleetCommand,
  CreateRobotApplicationCommand, CreateRobotApplicationVersionCommand, CreateDeploymentJobCommand,
  DescribeDeploymentJobCommand, DescribeRobotCommand, DeleteFleetCommand, TagResourceCommand,
  ListTagsForResourceCommand, UntagResourceCommand, ListFleetsCommand, ListRobotsCommand, ListRobotApplicationsCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-robomaker";
import assert from "node:assert/strict";

const endpoint = process.env.EMULATOR_URL;
if (!endpoint) {
  console.error("Set EMULATOR_URL to the emulator's base URL, e.g. http://127.0.0.1:4599/");
  process.exit(2);
}
const jobSeconds = Number(process.env.EMULATOR_JOB_SECONDS ?? "1");

const client = new RoboMakerClient({
  endpoint,
  region: "us-west-2",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  maxAttempts: 1,
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const suffix = Date.now().toString(36);
const step = (text) => console.log(`- ${text}`);

async function waitForEnd(job) {
  const deadline = Date.now() + (jobSeconds * 1000 * 5) + 10_000;
  for (;;) {
    const described = await client.send(new DescribeDeploymentJobCommand({ job }));
    if (["Succeeded", "Failed", "Canceled"].includes(described.status)) return described;
    assert.ok(Date.now() < deadline, `job ${job} still ${described.status}`);
    await sleep(Math.max(100, jobSeconds * 100));
  }
}

const fleet = await client.send(new CreateFleetCommand({ name: `js-fleet-${suffix}`, tags: { origin: "js-sdk" } }));
step(`created fleet ${fleet.arn}`);
assert.ok(fleet.createdAt instanceof Date);

const robots = {};
for (const architecture of ["X86_64", "ARM64"]) {
  const robot = await client.send(new CreateRobotCommand({
    name: `js-${architecture.toLowerCase()}-${suffix}`,
    architecture,
    greengrassGroupId: "0a1b2c3d-1111-2222-3333-444455556666",
  }));
  await client.send(new RegisterRobotCommand({ fleet: fleet.arn, robot: robot.arn }));
  robots[architecture] = robot.arn;
  step(`created and registered ${architecture} robot ${robot.arn}`);
}
const describedFleet = await client.send(new DescribeFleetCommand({ fleet: fleet.arn }));
assert.equal(describedFleet.robots.length, 2);

const app = await client.send(new CreateRobotApplicationCommand({
  name: `js-app-${suffix}`,
  sources: [{ s3Bucket: "my-bundles", s3Key: "js-app/x86_64.tar.gz", architecture: "X86_64" }],
  robotSoftwareSuite: { name: "ROS2", version: "Foxy" },
}));
const version = await client.send(new CreateRobotApplicationVersionCommand({ application: app.arn }));
assert.equal(version.version, "1");
step(`created application ${app.arn} version ${version.version} (X86_64 source only)`);

await client.send(new TagResourceCommand({ resourceArn: app.arn, tags: { stage: "test", owner: "js" } }));
await client.send(new UntagResourceCommand({ resourceArn: app.arn, tagKeys: ["owner"] }));
const tags = await client.send(new ListTagsForResourceCommand({ resourceArn: app.arn }));
assert.deepEqual(tags.tags, { stage: "test" });
step("tagged, untagged and listed the application's tags");

assert.ok((await client.send(new ListFleetsCommand({}))).fleetDetails.some((f) => f.arn === fleet.arn));
assert.ok((await client.send(new ListRobotsCommand({ maxResults: 1 }))).nextToken);
assert.ok((await client.send(new ListRobotApplicationsCommand({ versionQualifier: "ALL" }))).robotApplicationSummaries.length >= 2);

const deploymentApplicationConfigs = [{
  application: app.arn,
  applicationVersion: "1",
  launchConfig: { packageName: "hello_world", launchFile: "rotate.launch" },
}];
const job = await client.send(new CreateDeploymentJobCommand({ fleet: fleet.arn, clientRequestToken: `js-${suffix}-1`, deploymentApplicationConfigs }));
step(`deployment ${job.arn} created (${job.status})`);
const ended = await waitForEnd(job.arn);
const byArn = Object.fromEntries(ended.robotDeploymentSummary.map((r) => [r.arn, r]));
assert.equal(ended.status, "Failed");
assert.equal(byArn[robots.X86_64].status, "InSync");
assert.equal(byArn[robots.ARM64].status, "Failed");
assert.equal(byArn[robots.ARM64].failureCode, "MissingRobotApplicationArchitecture");
step(`deployment ended ${ended.status}: X86_64 robot InSync, ARM64 robot ${byArn[robots.ARM64].failureCode}`);
const x86 = await client.send(new DescribeRobotCommand({ robot: robots.X86_64 }));
assert.equal(x86.lastDeploymentJob, job.arn);
assert.equal(x86.status, "InSync");

await client.send(new DeleteFleetCommand({ fleet: fleet.arn }));
step("deleted the fleet");
await assert.rejects(client.send(new DescribeFleetCommand({ fleet: fleet.arn })), ResourceNotFoundException);
const again = await client.send(new CreateDeploymentJobCommand({ fleet: fleet.arn, clientRequestToken: `js-${suffix}-2`, deploymentApplicationConfigs }));
const refused = await waitForEnd(again.arn);
assert.equal(refused.status, "Failed");
assert.equal(refused.failureCode, "DeploymentFleetDoesNotExist");
step(`a new deployment to the deleted fleet ended ${refused.status} with ${refused.failureCode}`);
console.log("js-sdk-check: OK");
