package org.patternboard.model.rules;

/** Component type ids the rules refer to (the contract's spelling). */
public final class Types {
    public static final String LAMBDA = "aws.lambda.function";
    public static final String LAYER = "aws.lambda.layer";
    public static final String ECS_CLUSTER = "aws.ecs.cluster";
    public static final String FARGATE_SERVICE = "aws.ecs.fargateService";
    public static final String FARGATE_TASK = "aws.ecs.fargateTask";
    public static final String ECR = "aws.ecr.repository";
    public static final String REST_API = "aws.apigateway.restApi";
    public static final String HTTP_API = "aws.apigatewayv2.httpApi";
    public static final String WEBSOCKET_API = "aws.apigatewayv2.webSocketApi";
    public static final String GRAPHQL_API = "aws.appsync.graphqlApi";
    public static final String DISTRIBUTION = "aws.cloudfront.distribution";
    public static final String ALB = "aws.elbv2.applicationLoadBalancer";
    public static final String NLB = "aws.elbv2.networkLoadBalancer";
    public static final String WEB_ACL = "aws.wafv2.webAcl";
    public static final String USER_POOL = "aws.cognito.userPool";
    public static final String SECRET = "aws.secretsmanager.secret";
    public static final String KMS_KEY = "aws.kms.key";
    public static final String QUEUE = "aws.sqs.queue";
    public static final String TOPIC = "aws.sns.topic";
    public static final String EVENT_BUS = "aws.events.eventBus";
    public static final String EVENT_RULE = "aws.events.rule";
    public static final String SCHEDULE = "aws.scheduler.schedule";
    public static final String PIPE = "aws.pipes.pipe";
    public static final String STATE_MACHINE = "aws.stepfunctions.stateMachine";
    public static final String BROKER = "aws.mq.broker";
    public static final String KINESIS_STREAM = "aws.kinesis.stream";
    public static final String FIREHOSE = "aws.kinesisfirehose.deliveryStream";
    public static final String BUCKET = "aws.s3.bucket";
    public static final String FILE_SYSTEM = "aws.efs.fileSystem";
    public static final String TABLE = "aws.dynamodb.table";
    public static final String DB_INSTANCE = "aws.rds.dbInstance";
    public static final String DB_CLUSTER = "aws.rds.dbCluster";
    public static final String DB_PROXY = "aws.rds.dbProxy";
    public static final String CACHE = "aws.elasticache.replicationGroup";
    public static final String ALARM = "aws.cloudwatch.alarm";
    public static final String LOG_GROUP = "aws.logs.logGroup";
    public static final String CLIENT = "external.client";
    public static final String HTTP_ENDPOINT = "external.httpEndpoint";

    /** Public API front doors. */
    public static final String[] APIS = {REST_API, HTTP_API, WEBSOCKET_API};
    /** Relational databases (not the proxy). */
    public static final String[] DATABASES = {DB_INSTANCE, DB_CLUSTER};

    private Types() {
    }
}
