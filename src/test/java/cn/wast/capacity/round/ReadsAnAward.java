package cn.wast.capacity.round;

import cn.wast.capacity.award.Award;

/** Test code only: a round class that reads a later stage, for ArchitectureTest to show its rule fails. */
class ReadsAnAward {

  Award award;
}
