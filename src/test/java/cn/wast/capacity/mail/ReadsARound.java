package cn.wast.capacity.mail;

import cn.wast.capacity.round.Round;

/** Test code only: an outbox class that reads a stage, for ArchitectureTest to show its rule fails. */
class ReadsARound {

  Round round;
}
